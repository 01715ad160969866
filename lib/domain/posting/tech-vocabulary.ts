/**
 * Spellings of tools and skills whose capitalisation would otherwise be split at a camel boundary
 * ("WebSockets", "PostgreSQL", "gRPC") or that run into their neighbours ("GCPREST"). Used only to
 * split skills lines a job board ran together; any other word is still found by case changes.
 */
const terms = `
Python|Java|JavaScript|TypeScript|Go|Golang|Rust|Ruby|Ruby on Rails|Rails|PHP|Laravel|Kotlin|Swift|Scala|Elixir|Erlang|Haskell|Clojure|Perl|Lua|Dart|Flutter|C++|C#|.NET|ASP.NET|Objective-C|Bash|PowerShell|MATLAB|SAS|SPSS|Stata|Julia|Solidity|COBOL|Fortran|VBA
React|React Native|Redux|Angular|AngularJS|Vue|Vue.js|Nuxt|Next.js|Node.js|NodeJS|Express|NestJS|Svelte|SvelteKit|jQuery|HTML|HTML5|CSS|CSS3|Sass|SCSS|Tailwind|Tailwind CSS|Webpack|Vite|Storybook|Jest|Cypress|Playwright|Selenium|Django|Flask|FastAPI|Spring|Spring Boot|Hibernate|Rails|GraphQL|REST|RESTful|SOAP|gRPC|WebSockets|WebSocket|WebRTC|RTC|HTTP|HTTPS|TCP/IP|OAuth|SAML|JWT|JSON|XML|YAML|OpenAPI|Protobuf
SQL|NoSQL|MySQL|PostgreSQL|Postgres|SQLite|SQL Server|MariaDB|Oracle|MongoDB|DynamoDB|Cassandra|Redis|Memcached|Elasticsearch|OpenSearch|ClickHouse|CockroachDB|Snowflake|BigQuery|Redshift|Databricks|Spark|PySpark|Hadoop|Hive|Kafka|RabbitMQ|Airflow|dbt|Fivetran|Looker|Tableau|Power BI|PowerBI|Excel|Google Sheets|Pandas|NumPy|SciPy|scikit-learn|TensorFlow|PyTorch|Keras|XGBoost|LangChain|OpenAI|Hugging Face|MLflow|MLOps|LLM|LLMs|NLP|ML|AI|ETL|ELT|CRDTs|A/B Testing
AWS|GCP|Azure|Google Cloud|Kubernetes|K8s|Docker|Helm|Terraform|Pulumi|Ansible|Chef|Puppet|Jenkins|CircleCI|GitHub|GitHub Actions|GitLab|Bitbucket|Git|ArgoCD|Argo CD|Prometheus|Grafana|Datadog|PagerDuty|Sentry|New Relic|Splunk|CloudFormation|Lambda|EC2|S3|ECS|EKS|GKE|CI/CD|DevOps|SRE|Linux|Unix|macOS|iOS|Android|Xcode|SwiftUI|Jetpack Compose|SaaS|PaaS|IaaS|API|APIs|SDK|SDKs
Figma|FigJam|Sketch|Adobe XD|InVision|Photoshop|Illustrator|InDesign|After Effects|Premiere Pro|Adobe Creative Suite|Canva|Miro|Notion|Jira|JIRA|Confluence|Asana|Trello|Slack|UserTesting|Maze|Dovetail|Framer|Webflow|WordPress|WooCommerce|Shopify|HubSpot|Salesforce|Marketo|Mailchimp|Google Analytics|GA4|Google Ads|SEO|SEM|PPC|CRM|ERP|SAP|NetSuite|QuickBooks|Xero|Sage|Workday|ServiceNow|Zendesk|Intercom|Gong|Outreach|Salesloft|SalesLoft|ZoomInfo|LinkedIn|LinkedIn Sales Navigator|SharePoint|PowerPoint|Microsoft Office|MS Office|Office 365|Microsoft 365|Google Workspace|G Suite
GAAP|IFRS|SOX|CPA|ACCA|CIMA|EHR|EMR|Epic|Cerner|BLS|ACLS|PALS|CPR|HIPAA|OSHA|WMS|POS|KPIs|KPI|P&L|B2B|B2C
`;

export const techTerms: readonly string[] = [
  ...new Set(terms.split(/[|\n]/).map((t) => t.trim()).filter((t) => t.length >= 2)),
].sort((a, b) => b.length - a.length);

const byFirstChar = new Map<string, string[]>();
for (const term of techTerms) {
  const first = term[0] ?? "";
  byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), term]);
}

/** Terms (longest first) that could start at s[i]; a map lookup keeps scanning linear. */
export function termsStartingWith(ch: string | undefined): readonly string[] {
  return (ch !== undefined && byFirstChar.get(ch)) || [];
}

const lowerTerms = new Set(techTerms.map((t) => t.toLowerCase()));

export function isTechTerm(word: string): boolean {
  return lowerTerms.has(word.toLowerCase());
}

/**
 * The skills and concepts evidence is matched on, each with the spellings that mean it.
 *
 * One line per skill: `Name; alias, alias > broader, broader`. The name is itself an alias.
 * `A | B | C > broader` declares several skills at once that share their broader concepts.
 * `=` before a spelling makes it case-sensitive: "Go" the language is capitalised, "go" is a verb.
 * `*` before a name marks a generic concept ("databases", "scalability"): it may be backed by
 * any narrower skill, but it never stands in for the specific skill a qualification asks for.
 * `> broader` means a mention also counts for the broader concept: GKE is Kubernetes on GCP.
 */
const lines = `
*programming language; programming languages, coding language
Python; Python3, CPython > programming language
JavaScript; =JS, ECMAScript, ES6 > programming language
TypeScript > programming language, JavaScript
=Go; Golang > programming language
C++; cpp, =CPP > programming language
C#; csharp, C sharp > programming language
=R; RStudio > programming language
Java | Rust | Ruby | PHP | Kotlin | =Swift | Scala | Elixir | Erlang | Haskell | Clojure | OCaml | =F# | =C | Perl | Lua | Dart | Zig | Solidity | Objective-C > programming language
.NET; dotnet, ASP.NET, .NET Core
Node.js; NodeJS, Node js > JavaScript
=React; React.js, ReactJS, React Native > JavaScript
Angular; AngularJS | Vue; Vue.js | Svelte > JavaScript
Django | Flask | FastAPI | SQLAlchemy | pandas | NumPy | SciPy | Jupyter > Python
=Rails; Ruby on Rails > Ruby
Spring Boot; Spring Framework > Java
*databases; database, data store, datastore, DBMS
relational databases; relational database, relational, RDBMS > databases
NoSQL; non-relational, nonrelational, document store, document database, key-value store, wide-column > databases
SQL > databases
PostgreSQL; Postgres, psql, PostGIS | MySQL | MariaDB | SQL Server; MSSQL, T-SQL | Oracle Database; Oracle DB, PL/SQL | SQLite > relational databases, SQL
MongoDB; Mongo | Cassandra | ScyllaDB | HBase | Bigtable | Couchbase | CouchDB > NoSQL
DynamoDB > NoSQL, AWS
Redis; Valkey > NoSQL, caching
Memcached | Varnish | =CDN; CDNs > caching
CockroachDB | Spanner; Cloud Spanner | TiDB | Vitess | FoundationDB > relational databases, distributed systems
Elasticsearch; Elastic Search, OpenSearch | Solr | Lucene | Vespa | Algolia > search
data warehouse; data warehousing > databases
BigQuery > GCP, data warehouse
Snowflake | Redshift | ClickHouse > data warehouse
schema design; schema, schemas, database schema, schema migrations, schema changes
query tuning; query optimization, query optimisation, query performance, query plan, query plans, slow queries, EXPLAIN ANALYZE, indexing strategy
data modeling; data modelling, data model, data models, dimensional modeling, dimensional modelling
database internals; storage engine, storage engines, query planner, query optimizer, B-tree, B-trees, LSM tree, LSM trees, write-ahead log, MVCC
*scalability; scalable, scaling, scale out, scaled out, horizontal scaling, autoscaling, at scale, high-traffic, high throughput, high-throughput
caching; cache, caches, caching layer, cache invalidation
sharding; sharded, shard, shards, partitioning, partitioned, horizontal partitioning
async processing; asynchronous processing, asynchronous, asynchronously, async, message queue, message queues, job queue, task queue, work queue, background jobs, background workers, event-driven, pub/sub, PubSub
stream processing; stream-processing, event streaming > async processing
Kafka; Apache Kafka | Kinesis | Flink; Apache Flink | Pulsar > stream processing
RabbitMQ; AMQP | ActiveMQ | =NATS | Celery | Sidekiq | Resque > async processing
SQS; Amazon SQS > async processing, AWS
Cloud Pub/Sub; Google Pub/Sub > async processing, GCP
shared-nothing; shared-nothing architecture
distributed systems; distributed system, distributed computing, distributed database, distributed databases
consistency; eventual consistency, strong consistency, consistency models, consistency model, linearizability, linearizable, serializability, consensus, CAP theorem, quorum, quorums
Raft | Paxos > consistency
fault tolerance; fault-tolerant, failure modes, failure mode, failover, high availability, highly available, resilience, resilient, disaster recovery, chaos engineering, graceful degradation, circuit breaker, circuit breakers
reliability engineering; =SRE, =SREs, site reliability, site reliability engineering, reliability, SLO, SLOs, SLI, SLIs, error budget, error budgets
on-call; oncall, pager, incident response, incident management, incident commander, postmortem, postmortems, post-mortem, post-mortems
PagerDuty | Opsgenie > on-call
observability; monitoring, tracing, distributed tracing
Prometheus | Grafana | Datadog | OpenTelemetry > observability
=REST; RESTful, REST API, REST APIs
WebSockets; WebSocket, Socket.IO
gRPC; protobuf, protocol buffers
=HTTP; =HTTPS, =HTTP/2, =HTTP/3, HTTP semantics
GraphQL
networking; computer networking, network protocols, load balancing, load balancer, load balancers
TCP/IP | =TCP | =UDP | =DNS | =BGP | =QUIC > networking
Kubernetes; k8s, kube, kubectl, Kubernetes operators
Helm | OpenShift > Kubernetes
GKE; Google Kubernetes Engine > Kubernetes, GCP
EKS; Amazon EKS > Kubernetes, AWS
AKS > Kubernetes, Azure
Docker; containers, containerization, containerisation, containerized, containerised
infrastructure as code; =IaC
Terraform | Pulumi | CloudFormation | Ansible > infrastructure as code
*cloud; cloud computing, cloud infrastructure, cloud-native, public cloud
AWS; Amazon Web Services, =EC2, =S3, =ECS, AWS Lambda > cloud
GCP; Google Cloud, Google Cloud Platform, Google Compute Engine, =GCE, Cloud Run, App Engine, Cloud Functions > cloud
Azure; Microsoft Azure > cloud
CI/CD; continuous integration, continuous delivery, continuous deployment
GitHub Actions | Jenkins | CircleCI | GitLab CI > CI/CD
Linux; Unix
software design; software architecture, system design, systems design, design patterns, domain-driven design, clean architecture, API design
CRDTs; CRDT, conflict-free replicated data types, conflict-free replicated data type, operational transformation
real-time systems; real-time system, real-time, realtime, low latency, low-latency
real-time media; realtime media, low-latency audio, low-latency video, audio/video, video streaming, live streaming, media streaming, streaming, video conferencing, VoIP, =RTC, =SFU, =HLS
WebRTC > real-time media
payments; payment, payment processing, billing, transaction processing, ledger, ledgers, invoicing, =PCI, PCI DSS
Stripe | Adyen | Braintree > payments
search; search infrastructure, search engine, search engines, search relevance, relevance tuning, ranking, information retrieval, inverted index, search indexing
machine learning; =ML, deep learning
PyTorch | TensorFlow | scikit-learn; sklearn | XGBoost > machine learning
data analysis; data analytics, statistics, statistical analysis, A/B testing, experimentation, causal inference, experiment design
data pipelines; data pipeline, =ETL, =ELT
=dbt | Airflow | Dagster | Spark; PySpark, Apache Spark | Databricks > data pipelines
Tableau | Looker | Power BI; PowerBI | Metabase > data analysis
Excel; spreadsheets, Google Sheets, pivot tables, VLOOKUP
testing; unit testing, unit tests, integration tests, test-driven development, =TDD, automated testing, test automation
security; application security, =AppSec, =OWASP, threat modeling, penetration testing
Figma; FigJam | =Sketch | Adobe XD | InVision > prototyping
prototyping; wireframing, wireframes, prototypes, interaction design
user research; UX research, usability testing, user interviews, usability studies
design systems; design system, component library
accessibility; =WCAG, =a11y, screen readers, =ARIA
=CRM
Salesforce; =SFDC | HubSpot | Pipedrive > CRM
quota; quota attainment, quota-carrying, of quota, President's Club
prospecting; cold calling, outbound prospecting, lead generation, pipeline generation
B2B sales; B2B SaaS, enterprise sales, SaaS sales, closing deals, closed deals
=MEDDICC; =MEDDIC > B2B sales
RN license; RN licence, =RN, registered nurse, nursing license, nursing licence, compact license, multistate license
BLS; Basic Life Support
ACLS; Advanced Cardiac Life Support
PALS; Pediatric Advanced Life Support
=CPR
=ICU; intensive care, critical care, =MICU, =SICU, =CVICU
=CCRN > ICU
=EHR; =EMR, electronic health records
=Epic | Cerner | Meditech > EHR
forklift; forklift certification, forklift certified, reach truck, pallet jack
`;

export interface Alias {
  /** Spelling as written in the vocabulary, shown back as "found as …". */
  text: string;
  /** Lower-cased match form, or the exact match form when case-sensitive. */
  key: string;
  caseSensitive: boolean;
  skill: string;
}

export interface Skill {
  name: string;
  generic: boolean;
  aliases: readonly Alias[];
  /** The skill itself and every broader concept it counts for, transitively. */
  countsFor: readonly string[];
}

function keyOf(text: string, caseSensitive: boolean): string {
  const form = text.replace(/-/g, " ");
  return caseSensitive ? form : form.toLowerCase();
}

function aliasOf(raw: string, skill: string): Alias {
  const caseSensitive = raw.startsWith("=");
  const text = caseSensitive ? raw.slice(1) : raw;
  return { text, key: keyOf(text, caseSensitive), caseSensitive, skill };
}

function parse(): Map<string, Skill> {
  const raw = new Map<string, { generic: boolean; aliases: Alias[]; broader: string[] }>();
  for (const line of lines.split("\n")) {
    if (line.trim() === "") continue;
    const [head = "", broaderPart = ""] = line.split(" > ");
    const broader = broaderPart.split(", ").map((s) => s.trim()).filter((s) => s !== "");
    for (const part of head.split(" | ")) {
      const [namePart = "", aliasPart = ""] = part.trim().split("; ");
      const generic = namePart.startsWith("*");
      const nameRaw = generic ? namePart.slice(1) : namePart;
      const name = nameRaw.replace(/^=/, "");
      const spellings = [nameRaw, ...aliasPart.split(", ")].map((s) => s.trim()).filter((s) => s !== "");
      raw.set(name, { generic, aliases: spellings.map((s) => aliasOf(s, name)), broader });
    }
  }
  const closure = (name: string, seen: Set<string>): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const b of raw.get(name)?.broader ?? []) closure(b, seen);
  };
  const skills = new Map<string, Skill>();
  for (const [name, entry] of raw) {
    const seen = new Set<string>();
    closure(name, seen);
    skills.set(name, { name, generic: entry.generic, aliases: entry.aliases, countsFor: [...seen] });
  }
  return skills;
}

export const skills: ReadonlyMap<string, Skill> = parse();

/** Names that some `> broader` clause points at but no line defines; a test keeps this empty. */
export function undefinedBroaderConcepts(): string[] {
  const missing = new Set<string>();
  for (const skill of skills.values()) for (const c of skill.countsFor) if (!skills.has(c)) missing.add(c);
  return [...missing];
}

export function isGenericSkill(name: string): boolean {
  return skills.get(name)?.generic ?? false;
}

import type { ParsedPosting } from "@/lib/domain/posting/posting-types";

interface PostingSeed {
  title: string;
  department: string;
  skills: string[];
  required: string[];
  preferred: string[];
}

const seeds: PostingSeed[] = [
  { title: "Site Reliability Engineer", department: "Infrastructure", skills: ["Kubernetes", "Terraform", "Prometheus"], required: ["3+ years running Kubernetes in production.", "Experience with Terraform or another infrastructure-as-code tool.", "Comfortable being on call."], preferred: ["Experience with Prometheus and Grafana.", "Go programming experience."] },
  { title: "Frontend Engineer", department: "Product Engineering", skills: ["TypeScript", "React", "CSS"], required: ["3+ years of TypeScript.", "Experience building React applications.", "A good eye for accessibility."], preferred: ["Experience with Next.js.", "Design system experience."] },
  { title: "Data Engineer", department: "Data", skills: ["Python", "SQL", "Airflow"], required: ["Strong SQL.", "Python for data pipelines.", "Experience with a workflow scheduler such as Airflow."], preferred: ["Experience with dbt.", "Experience with Spark."] },
  { title: "Machine Learning Engineer", department: "Data", skills: ["Python", "PyTorch", "MLOps"], required: ["Shipped a machine-learning model to production.", "Strong Python.", "Solid statistics."], preferred: ["PyTorch or TensorFlow experience.", "Experience with feature stores."] },
  { title: "Mobile Developer", department: "Product Engineering", skills: ["Kotlin", "Swift"], required: ["Published an app on the App Store or Google Play.", "Kotlin or Swift in production."], preferred: ["Experience with offline-first apps.", "Experience with mobile CI."] },
  { title: "Security Engineer", department: "Security", skills: ["AWS", "Threat modelling"], required: ["Experience securing cloud infrastructure.", "Threat modelling.", "Incident response experience."], preferred: ["OSCP or a similar certification.", "Experience with SOC 2 audits."] },
  { title: "Engineering Manager", department: "Engineering", skills: ["Leadership", "Hiring"], required: ["Managed a team of five or more engineers.", "Hired engineers.", "Hands-on engineering background."], preferred: ["Managed managers.", "Experience in a scale-up."] },
  { title: "Product Designer", department: "Design", skills: ["Figma", "User research"], required: ["A portfolio of shipped product work.", "Figma fluency."], preferred: ["Experience running usability studies.", "Experience with design systems."] },
  { title: "QA Engineer", department: "Engineering", skills: ["Playwright", "Test automation"], required: ["Experience automating browser tests.", "Experience writing test plans."], preferred: ["Playwright experience.", "Performance testing experience."] },
  { title: "Technical Support Engineer", department: "Customer Success", skills: ["SQL", "Linux"], required: ["Customer-facing technical support experience.", "Comfortable with SQL and the Linux command line."], preferred: ["Experience with Zendesk.", "A second language."] },
];

/** Ten requisitions besides the seed one, so the dashboard and search have variety. */
export const demoPostings: ParsedPosting[] = seeds.map((seed) => ({
  title: seed.title,
  department: seed.department,
  locations: ["Berlin, Germany", "Remote (EU)"],
  workplaceType: "hybrid",
  employmentType: "full_time",
  compensation: { min: 60000, max: 95000, currency: "EUR", period: "year" },
  summary: `Sesame is hiring a ${seed.title} to join the ${seed.department} team.`,
  responsibilities: [`Work with the ${seed.department} team on what matters most to our customers.`],
  requiredQualifications: seed.required,
  preferredQualifications: seed.preferred,
  benefits: ["30 days of holiday.", "Learning budget."],
  skills: seed.skills,
}));

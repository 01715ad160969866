/** Small built-in word lists: enough variety for realistic demo people without a fake-data dependency. */
const words = (text: string) => text.trim().split(/\s+/);

export const firstNames = words(`
  Aaliyah Aarav Abebe Ada Adaeze Adrian Agnieszka Ahmed Aiko Aisha Akira Alejandro Alexei Alice Amara Amir Ana Anders Andrea
  Anika Anjali Antoine Arjun Astrid Ayesha Beatriz Ben Bilal Bjorn Camila Carlos Carmen Chen Chiara Chidi Chloe Daniel Daria
  David Deepa Diego Dmitri Elena Elif Elijah Emeka Emil Emma Esther Fatima Felix Fernanda Finn Francesca Gabriel Giulia Grace
  Hana Hannah Hassan Hiroshi Ibrahim Ines Ingrid Isabel Ivan Jakub Jamal Javier Jin Joao Jonas Jose Julia Kai Kamala Karim
  Katarzyna Kenji Kofi Laila Lars Laura Leila Lena Liam Lina Lucas Lucia Luis Maja Malik Marco Maria Mariam Mateo Mei Mia
  Miguel Mina Mohammed Nadia Naomi Nia Nikolai Nina Noah Nora Olga Omar Oscar Pablo Paolo Pedro Priya Rafael Rahul Rania
  Ravi Rosa Ruth Sakura Samir Sara Sebastian Sergei Shreya Sofia Sven Tariq Thabo Tomas Uma Valentina Victor Wei Yara Yusuf
  Zainab Zara Zoe
`);

export const lastNames = words(`
  Abara Adeyemi Ahmadi Alvarez Andersen Aydin Bakker Banerjee Barros Becker Bianchi Bjork Brown Campbell Castillo Chatterjee
  Chen Costa Cruz Dahl Das Demir Dubois Duong Eriksson Fernandes Fischer Fontaine Garcia Gomez Gonzalez Gupta Haddad Hansen
  Hernandez Hoffmann Horvath Huang Ibrahim Ivanova Jansen Jensen Jovanovic Kahn Kapoor Kaya Kim Kowalski Kozlov Kumar Larsen
  Laurent Lee Lindqvist Lopez Machado Martin Martinez Mehta Meyer Moreau Morales Muller Murphy Nakamura Nguyen Nielsen Novak
  Nowak Obi Okafor Okonkwo Olsen Ortiz Osei Papadopoulos Park Patel Pereira Petrov Popescu Quispe Rahman Ramirez Reddy Reyes
  Ribeiro Richter Rossi Russo Sahin Sato Schmidt Schneider Silva Singh Sokolov Suzuki Takahashi Tanaka Tran Van-Dijk Vargas
  Verma Wagner Walker Wang Watanabe Weber Williams Wojcik Wu Xu Yamamoto Yilmaz Zhang Zhou Zielinski
`);

export const companies = [
  "Northwind Logistics", "Contoso Bank", "Globex", "Initech", "Umbrella Health", "Stark Robotics", "Wayne Freight", "Hooli",
  "Pied Piper", "Vandelay Industries", "Soylent Foods", "Tyrell Systems", "Cyberdyne Labs", "Aperture Science", "Oscorp",
  "Blue Sun Energy", "Massive Dynamic", "Nakatomi Trading", "Gringotts Payments", "Monsters Insurance", "Acme Retail",
  "Wonka Confectionery", "Sterling Cooper", "Dunder Mifflin Paper", "Prestige Worldwide", "Bluth Homes", "Los Pollos Hermanos",
  "Gekko Capital", "Duff Beverages", "Krusty Media", "Planet Express", "Mom's Friendly Robots", "Virtucon", "Paper Street Soap",
  "Ollivander Tools", "Zorg Industries", "Rekall Travel", "Weyland Mining", "Sirius Cybernetics", "Yoyodyne Propulsion",
];

export const jobTitles = [
  "Software Engineer", "Senior Software Engineer", "Backend Engineer", "Frontend Engineer", "Full-Stack Developer",
  "Site Reliability Engineer", "DevOps Engineer", "Data Engineer", "Data Scientist", "Machine Learning Engineer",
  "Mobile Developer", "Platform Engineer", "Security Engineer", "QA Engineer", "Engineering Manager", "Product Manager",
  "Product Designer", "UX Researcher", "Technical Writer", "Solutions Architect",
];

/** Skills with a weight: common ones appear on many resumes, rare ones on few (benchmarks need both). */
export const skills: readonly (readonly [string, number])[] = [
  ["Python", 30], ["JavaScript", 30], ["TypeScript", 25], ["SQL", 30], ["PostgreSQL", 20], ["Java", 18], ["Go", 12],
  ["Kubernetes", 15], ["Docker", 22], ["AWS", 22], ["React", 20], ["Node.js", 18], ["Git", 25], ["Linux", 18], ["Terraform", 10],
  ["GraphQL", 8], ["Redis", 10], ["Kafka", 8], ["Spark", 6], ["Airflow", 5], ["pandas", 8], ["PyTorch", 5], ["TensorFlow", 5],
  ["Rust", 4], ["C++", 6], ["C#", 8], [".NET", 6], ["Ruby", 5], ["Rails", 4], ["PHP", 5], ["Laravel", 2], ["Swift", 4],
  ["Kotlin", 5], ["Android", 4], ["iOS", 4], ["Figma", 6], ["Scala", 3], ["Elixir", 1], ["Erlang", 0.5], ["Haskell", 0.5],
  ["OCaml", 0.3], ["Clojure", 0.5], ["Fortran", 0.2], ["COBOL", 0.2], ["Zig", 0.2], ["Prolog", 0.1], ["Snowflake", 3],
  ["dbt", 3], ["Elasticsearch", 5], ["RabbitMQ", 4], ["gRPC", 4], ["Prometheus", 5], ["Grafana", 5], ["Ansible", 4],
  ["Azure", 8], ["GCP", 8], ["Vue", 6], ["Angular", 6], ["Svelte", 2], ["Next.js", 6], ["Django", 6], ["Flask", 5],
  ["FastAPI", 4], ["Spring", 6], ["Hibernate", 2], ["MongoDB", 8], ["Cassandra", 2], ["DynamoDB", 3], ["Tableau", 3],
  ["Excel", 6], ["Jira", 8], ["Scrum", 8], ["CI/CD", 10], ["Jenkins", 5], ["GitHub Actions", 6], ["OpenTelemetry", 2],
  ["WebAssembly", 0.5], ["Bazel", 0.5], ["Nix", 0.2], ["eBPF", 0.2],
];

export const domains = [
  "payment systems", "logistics platforms", "healthcare records", "e-commerce checkouts", "ad-tech pipelines",
  "internal developer tooling", "mobile banking apps", "real-time analytics", "search and recommendations", "IoT fleets",
  "identity and access management", "video streaming", "supply-chain planning", "customer support tooling", "public-sector services",
];

export const universities = [
  "University of Lagos", "TU Munich", "University of Toronto", "National University of Singapore", "University of Cape Town",
  "Politecnico di Milano", "University of São Paulo", "KTH Royal Institute of Technology", "University of Edinburgh",
  "IIT Bombay", "Seoul National University", "University of Melbourne", "Sorbonne University", "University of Warsaw",
  "Georgia Tech", "University of Nairobi", "Tsinghua University", "Universidad de Buenos Aires", "ETH Zurich", "Open University",
];

export const degrees = ["BSc", "MSc", "BEng", "MEng", "BA", "PhD"];
export const fields = ["Computer Science", "Software Engineering", "Mathematics", "Physics", "Electrical Engineering", "Statistics", "Information Systems", "Economics", "Cognitive Science"];

export const cities = [
  "Berlin", "London", "Lisbon", "Amsterdam", "Warsaw", "Toronto", "New York", "Austin", "Lagos", "Nairobi", "Bangalore",
  "Singapore", "Sydney", "São Paulo", "Mexico City", "Madrid", "Paris", "Stockholm", "Dublin", "Cape Town",
];

export const achievements = [
  "Migrated {system} to {skill}, cutting p95 latency by {n}%.",
  "Built {system} in {skill} serving {k} requests per second.",
  "Led a team of {small} engineers delivering {system} ahead of schedule.",
  "Reduced cloud costs by {n}% by rightsizing {skill} workloads.",
  "Introduced {skill} to the {system} team and wrote the onboarding guide.",
  "Designed the data model for {system} using {skill}.",
  "Automated releases of {system} with {skill}, from weekly to several times a day.",
  "Mentored {small} junior developers on {skill} and code review.",
  "Cut incident count for {system} by {n}% through better {skill} monitoring.",
  "Rewrote the {system} test suite in {skill}, bringing coverage to {n}%.",
];

export const systems = [
  "the billing service", "the order pipeline", "the search API", "the mobile backend", "the reporting warehouse",
  "the authentication service", "the notification system", "the inventory platform", "the partner integration layer", "the data lake",
];

export const noteTemplates = [
  "Strong {skill} background; worth a technical screen.",
  "Spoke on the phone: clear communicator, motivated by {domain}.",
  "Salary expectations fit the range. Available in {small} weeks.",
  "Take-home was solid; tests were thin in places.",
  "Panel feedback: good system design, wants more depth in {skill}.",
  "Referred by a former colleague at {company}.",
  "Asked about remote work and relocation to {city}.",
  "Not enough {skill} experience for this level; keep for a junior role.",
];

export const sources: readonly (readonly [string, number])[] = [
  ["Careers page", 45], ["LinkedIn", 25], ["Referral", 12], ["Indeed", 10], ["Agency", 5], ["Conference", 3],
];

export const tags = ["referral", "silver-medalist", "needs-visa", "relocation", "strong-backend", "strong-frontend", "leadership"];

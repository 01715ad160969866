/** Words that carry no evidence on their own, shared by term extraction and sentence strength. */
export const stopWords: ReadonlySet<string> = new Set(
  ("a an the and or of in on at to for with by from as is are was were be been being this that these those it its " +
    "i my me we our you your he she they them their his her not no but if so than then too very can will would " +
    "should could may might must have has had do does did also into over under about across via per etc using use " +
    "experience years year including such like just only more most other some any each both all well")
    .split(" "),
);

/**
 * Words that describe how much of something a posting wants, not what: "strong", "solid",
 * "proven experience". They are never key terms.
 */
export const genericWords: ReadonlySet<string> = new Set(
  ("experienced strong solid proven plus ability able skill skills knowledge understanding familiarity familiar " +
    "excellent good great proficiency proficient expert expertise level deep genuine interest interested " +
    "comfortable work working hands demonstrated track record related relevant field similar equivalent minimum " +
    "least preferred required requirement must ideally candidate role environment fast paced bonus nice background " +
    "consistent area areas various multiple within one two three four five several really highly very whole up " +
    "building build write writing clean well e g eg ie")
    .split(" "),
);

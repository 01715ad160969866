export * from "./enums";
export * from "./users";
export * from "./organization";
export * from "./requisitions";
export * from "./pipeline";
export * from "./applications";
export * from "./audit";

// The rules library's loader and validator arrive with the detection issue (see FORMAT.md).
export const RULES_FORMAT = 1;

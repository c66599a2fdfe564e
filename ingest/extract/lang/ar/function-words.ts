/** Arabic script has no capitals: no capitalised word can be mistaken for a name. */
export const capitalisedFunctionWords = [] as const satisfies readonly string[];

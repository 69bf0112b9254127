/** The one ajv configuration: the loader at run time and the standalone validators built into dist/ use it. */
export const AJV_OPTIONS = { strict: true, allErrors: true, discriminator: true, allowUnionTypes: true } as const;

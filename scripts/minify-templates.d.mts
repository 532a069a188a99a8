export declare function minifyTemplates(input: string, fileName?: string): string;
export declare function minifyLitTemplates(): { name: string; enforce: 'pre'; transform(code: string, id: string): { code: string; map: null } | null };

/** The formats `render` writes. */
export const RENDER_FORMATS = ['md', 'docx'] as const;

/** What the person asked `dekom render` for; the command line fills it from its flags. */
export interface RenderRequest {
  format?: (typeof RENDER_FORMATS)[number];
  output?: string;
  template?: string;
  /** The document's language; the global `--lang`, which also picks nynorsk here. */
  lang?: 'nb' | 'nn' | 'en';
  force?: boolean;
}

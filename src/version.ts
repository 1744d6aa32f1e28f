declare const __DEKOM_VERSION__: string | undefined;

/** The package version, put in by the build; tests run from source see a development marker. */
export const VERSION = typeof __DEKOM_VERSION__ === 'string' ? __DEKOM_VERSION__ : '0.0.0-dev';

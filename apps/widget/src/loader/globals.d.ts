/** File name of the app chunk (content-hashed), set by build.mjs. */
declare const __PARLEY_APP__: string;

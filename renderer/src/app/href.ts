/** For `href`: the app uses a hash router, so a path is linked as #/path. */
export const hrefOf = (path: string) => `#${path}`

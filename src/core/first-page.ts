/**
 * weapp: nothing to do. Each page is its own entry in the package (see first-page.h5.ts for H5).
 */
export {};

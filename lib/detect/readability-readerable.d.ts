// The readerable check alone, without the 90 KB Readability class that `@mozilla/readability`'s
// index pulls in: the package has no `exports` map, so the file is imported directly.
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: (
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ) => boolean;
  export default isProbablyReaderable;
}

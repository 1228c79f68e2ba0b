// Text files imported whole (`?raw`): bundled by esbuild, read by vite in tests.
declare module '*?raw' {
  const text: string;
  export default text;
}

// Command handlers called in-process (validate-is-build, web routes) set process.exitCode as the
// CLI does; in jest's own process that would make `npm test` exit 1 with every test passed.
afterAll(() => {
  process.exitCode = 0;
});

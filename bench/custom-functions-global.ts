// The custom functions run here outside Excel; give them the runtime's global as the tests do.
import "../tests/setup/custom-functions-runtime";

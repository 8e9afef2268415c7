const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const FunctionReferencePlugin = require("./scripts/webpack/function-reference-plugin");
const { devServerHttpsOptions } = require("./scripts/webpack/dev-certificates");

const DEV_BASE_URL = "https://localhost:3000/";
/** Where Office.js comes from: the one origin besides the add-in's own that the pane may load from. */
const OFFICE_SCRIPT_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * The pane's Content-Security-Policy (a meta tag in taskpane.html and help.html's server header
 * in development): scripts from the add-in's own origin and Office's script origin only, no inline
 * script, no requests anywhere else. Fluent UI writes its styles at run time (Griffel inserts
 * <style> rules), hence 'unsafe-inline' for styles alone.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_SCRIPT_ORIGIN}`,
  `connect-src 'self' ${OFFICE_SCRIPT_ORIGIN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/**
 * The URL the add-in is served from. Development uses the local dev server; a production build takes
 * ADDIN_BASE_URL (e.g. https://addins.example.gov.uk/csc-scorecard/) and rewrites every URL in the
 * manifest and the function metadata to it.
 */
function baseUrl(mode) {
  if (mode !== "production") return DEV_BASE_URL;
  const configured = process.env.ADDIN_BASE_URL;
  if (!configured) return DEV_BASE_URL;
  if (!/^https:\/\//.test(configured)) {
    throw new Error(
      `ADDIN_BASE_URL must be an https:// URL (Office loads add-ins only over https): ${configured}`
    );
  }
  return configured.endsWith("/") ? configured : `${configured}/`;
}

function rewriteUrls(content, url) {
  return url === DEV_BASE_URL ? content : content.toString().replaceAll(DEV_BASE_URL, url);
}

module.exports = async (env, options) => {
  const mode = options.mode ?? "production";
  const url = baseUrl(mode);
  if (mode === "production" && url === DEV_BASE_URL) {
    console.warn(
      "ADDIN_BASE_URL is not set: this production build still points at https://localhost:3000/."
    );
  }
  return {
    mode,
    // The production folder is published as it is: no source maps in it unless asked for
    // (SOURCE_MAPS=1 npm run build), so the sources are not served to every analyst.
    devtool:
      mode === "production"
        ? process.env.SOURCE_MAPS === "1"
          ? "source-map"
          : false
        : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true,
    },
    // The pane, the functions and the commands load into one page (the shared runtime): the code
    // they have in common (the domain and the refresh path) ships once, in shared.js.
    optimization: {
      // One webpack runtime for the page, not one per entry: with three, each entry instantiates
      // its own copy of every module in shared.js it uses (a cache or a log in it exists once per
      // entry; the benchmarks dataset, once loaded by the pane, is parsed again for the functions),
      // and the modules only the pane and the commands share stayed in taskpane.js and commands.js.
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        cacheGroups: {
          // A page loaded later (settings.js) keeps the library code only it uses in its own file,
          // one request, not a numbered vendors chunk beside it.
          defaultVendors: false,
          default: false,
          shared: {
            name: "shared",
            chunks: "initial",
            minChunks: 2,
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.build.json", onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new FunctionReferencePlugin({
        metadata: "functions.json",
        output: "help.html",
        baseUrl: url,
        devBaseUrl: DEV_BASE_URL,
      }),
      // One page hosts the task pane, the custom functions and the ribbon commands: the shared runtime.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        // Every script is a file of the add-in's own origin (or office.js): the page's
        // Content-Security-Policy allows no inline script.
        scriptLoading: "defer",
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteUrls(content, url),
          },
        ],
      }),
    ],
    devServer: {
      // Only this machine can reach the dev server.
      host: "localhost",
      // DEV_SERVER_PORT (npm start passes it on) before package.json's config, which npm run sets.
      port: Number(
        process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000
      ),
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      },
      server: env.WEBPACK_SERVE ? await devServerHttpsOptions() : "https",
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      hot: false,
    },
  };
};

module.exports.rewriteUrls = rewriteUrls;
module.exports.baseUrl = baseUrl;
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
module.exports.OFFICE_SCRIPT_ORIGIN = OFFICE_SCRIPT_ORIGIN;

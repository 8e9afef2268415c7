const { Compilation, sources } = require("webpack");
const examples = require("../../src/functions/examples.json");
const { renderFunctionReferencePage } = require("../function-reference");

const PLUGIN = "FunctionReferencePlugin";

/**
 * Ships the function reference as a page of the add-in (help.html), generated from the same
 * functions.json Excel reads, so the help can never describe a function that is not there. Each
 * function's help URL points at its anchor; production builds rewrite those URLs to the deployment.
 */
class FunctionReferencePlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.options.metadata);
          if (!asset) return; // the metadata plugin has already reported why it produced nothing
          const { baseUrl, devBaseUrl } = this.options;
          const json = asset.source.source().toString().replaceAll(devBaseUrl, baseUrl);
          compilation.updateAsset(this.options.metadata, new sources.RawSource(json));
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(renderFunctionReferencePage(JSON.parse(json), examples))
          );
        }
      );
    });
  }
}

module.exports = FunctionReferencePlugin;

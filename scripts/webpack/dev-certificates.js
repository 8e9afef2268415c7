const fs = require("node:fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

/**
 * HTTPS options for the dev server. office-addin-dev-certs makes a localhost certificate and then
 * tries to make the operating system trust its CA. On Linux that trust step needs sudo and a CA
 * store Office never reads, and it fails; the certificate itself was still written, so the server
 * uses it and says how to trust it by hand. Without any certificate files, webpack-dev-server makes
 * its own self-signed one: the server always starts.
 */
async function devServerHttpsOptions() {
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(`office-addin-dev-certs could not install a trusted certificate: ${message}`);
    if (
      [defaults.localhostCertificatePath, defaults.localhostKeyPath].every((file) =>
        fs.existsSync(file)
      )
    ) {
      console.warn(
        `Serving with its untrusted certificate ${defaults.localhostCertificatePath}. Import the CA ` +
          `${defaults.caCertificatePath} into your browser's certificate authorities (or open ` +
          "https://localhost:3000/taskpane.html once and accept the warning) before sideloading."
      );
      return {
        type: "https",
        options: {
          ca: fs.readFileSync(defaults.caCertificatePath),
          cert: fs.readFileSync(defaults.localhostCertificatePath),
          key: fs.readFileSync(defaults.localhostKeyPath),
        },
      };
    }
    console.warn(
      "Serving with a self-signed certificate from webpack-dev-server; accept it in the browser once."
    );
    return "https";
  }
}

module.exports = { devServerHttpsOptions };

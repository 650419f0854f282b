package org.imagingledger.audit.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.imagingledger.audit.integrity.Ed25519Keys;

/**
 * {@code java -jar ledger-verifier.jar verify export.zip [--trusted-key key.pem]}: checks an
 * export package offline. Prints OK and exits 0, or prints every failed check and exits 1
 * (2 for a usage error).
 */
public final class VerifierMain {

    private VerifierMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2
                || !args[0].equals("verify")
                || (args.length != 2 && args.length != 4)
                || (args.length == 4 && !args[2].equals("--trusted-key"))) {
            err.println("usage: java -jar ledger-verifier.jar verify <export.zip> [--trusted-key <public-key.pem>]");
            return 2;
        }
        try {
            PublicKey trusted =
                    args.length == 4 ? Ed25519Keys.parsePublicPem(Files.readString(Path.of(args[3]))) : null;
            PackageVerifier.Report report = PackageVerifier.verify(Path.of(args[1]), trusted);
            if (report.ok()) {
                out.println(
                        "OK " + report.events() + " events verified: every file hash, the manifest and checkpoint "
                                + "signatures and " + report.events() + " inclusion proofs to the checkpoint of "
                                + report.checkpoint().size() + " events, root "
                                + report.checkpoint().rootHex() + ", at "
                                + report.checkpoint().time()
                                + (report.complete() ? "; the export is the complete log" : "")
                                + "; key " + report.checkpoint().keyId()
                                + (report.trustedKey()
                                        ? " (the trusted key)"
                                        : " (taken from the package: pass --trusted-key to tie it to the ledger's published key)"));
                return 0;
            }
            out.println("FAILED " + args[1] + ": " + report.failures().size() + " check(s) failed");
            report.failures().forEach(out::println);
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            out.println("FAILED " + args[1] + ": " + e.getMessage());
            return 1;
        }
    }
}

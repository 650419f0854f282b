package org.imagingledger.audit.integrity;

import java.security.KeyPair;

/** The ledger's Ed25519 key pair with its key id. */
public record SigningKey(KeyPair pair, String keyId) {

    public static SigningKey of(KeyPair pair) {
        return new SigningKey(pair, Ed25519Keys.keyId(pair.getPublic()));
    }

    public byte[] sign(byte[] message) {
        return Ed25519Keys.sign(pair.getPrivate(), message);
    }

    public String publicPem() {
        return Ed25519Keys.publicPem(pair.getPublic());
    }
}

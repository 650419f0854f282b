package org.imagingledger.application.passport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PublicUrl;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.stereotype.Service;

/**
 * GA4GH Passport visas for permits. Every member (holder and team) of a permit that is active
 * now gets one {@code ControlledAccessGrants} visa per dataset, as a Visa Document Token (AAI
 * profile 1.2: header typ JWT, alg ES256 or RS256, kid, jku; claims iss, sub, iat, exp, jti,
 * ga4gh_visa_v1). Visas are made fresh on each request and never stored: a suspended, revoked
 * or expired permit yields none from that moment; those already issued stay valid until their
 * exp, which the permit's end and {@code ledger.passport.max-lifetime} bound.
 */
@Service
public class PassportService {

    public static final String VISA_CLAIM = "ga4gh_visa_v1";
    public static final String TYPE = "ControlledAccessGrants";
    public static final String BY = "dac";

    private final PermitQueries permits;
    private final People people;
    private final VisaKeys keys;
    private final PassportProperties properties;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final JWSSigner signer;

    PassportService(
            PermitQueries permits,
            People people,
            VisaKeys keys,
            PassportProperties properties,
            PublicUrl publicUrl,
            Clock clock) {
        this.permits = permits;
        this.people = people;
        this.keys = keys;
        this.properties = properties;
        this.publicUrl = publicUrl;
        this.clock = clock;
        try {
            this.signer = new DefaultJWSSignerFactory().createJWSSigner(keys.signing(), keys.algorithm());
        } catch (JOSEException e) {
            throw new IllegalStateException("the visa key cannot sign " + keys.algorithm(), e);
        }
    }

    /** The issuer (iss) of the visas. */
    public String issuer() {
        return blank(properties.issuer()) ? publicUrl.base() : properties.issuer();
    }

    /** Where the visas' keys are published (the jku of every visa). */
    public String jwksUrl() {
        return publicUrl.of("/.well-known/jwks.json");
    }

    /** The DAC's URL: the visas' source. */
    public String source() {
        return blank(properties.source()) ? publicUrl.of("/dac") : properties.source();
    }

    /** The stable URL of a dataset: the visas' value. */
    public String datasetUrl(String datasetId) {
        String pattern =
                blank(properties.datasetUrl()) ? publicUrl.of("/api/v1/datasets/{id}") : properties.datasetUrl();
        return pattern.replace("{id}", datasetId);
    }

    /**
     * A person's passport: the visa tokens of every permit the person is a member of and that is
     * active now. Asked by the person themself, a governance admin or a passport-reading service.
     */
    public List<String> passport(String user, Caller caller) {
        boolean allowed =
                caller.name().equals(user) || caller.has(Role.GOVERNANCE_ADMIN) || caller.has(Role.PASSPORT_READER);
        if (!allowed || caller.isNode()) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_YOURS, "a passport is read by its person, an admin or a passport service");
        }
        if (people.find(user).isEmpty()) {
            throw CommandRejected.notFound("person", user);
        }
        Instant now = clock.instant();
        List<String> tokens = new ArrayList<>();
        for (PermitView permit : permits.permitsOfMember(user)) {
            if (grants(permit, now)) {
                permit.getDatasets()
                        .forEach(d -> tokens.add(sign(permit, user, d, now).token()));
            }
        }
        return tokens;
    }

    /** The visas the permit yields now, for each member and dataset (none unless it is active now). */
    public List<Visa> visas(PermitView permit) {
        Instant now = clock.instant();
        List<Visa> visas = new ArrayList<>();
        if (grants(permit, now)) {
            for (String member : permit.getMembers()) {
                for (String dataset : permit.getDatasets()) {
                    visas.add(sign(permit, member, dataset, now));
                }
            }
        }
        return visas;
    }

    /** Whether the permit grants access at this moment: active, and within its validity. */
    public static boolean grants(PermitView permit, Instant now) {
        return permit.getStatus() == PermitStatus.ACTIVE
                && !now.isBefore(permit.getValidFrom())
                && now.isBefore(permit.getValidUntil());
    }

    private Visa sign(PermitView permit, String subject, String dataset, Instant now) {
        Instant iat = Instant.ofEpochSecond(now.getEpochSecond());
        Instant cap = iat.plus(properties.maxLifetime());
        Instant exp = Instant.ofEpochSecond(
                (permit.getValidUntil().isBefore(cap) ? permit.getValidUntil() : cap).getEpochSecond());
        Instant asserted = Instant.ofEpochSecond(permit.getIssuedAt().getEpochSecond());
        String jti = UUID.randomUUID().toString();
        Map<String, Object> visa = new LinkedHashMap<>();
        visa.put("type", TYPE);
        visa.put("asserted", asserted.getEpochSecond());
        visa.put("value", datasetUrl(dataset));
        visa.put("source", source());
        visa.put("by", BY);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .issueTime(Date.from(iat))
                .expirationTime(Date.from(exp))
                .jwtID(jti)
                .claim(VISA_CLAIM, visa)
                .build();
        JWSHeader header = new JWSHeader.Builder(keys.algorithm())
                .type(JOSEObjectType.JWT)
                .keyID(keys.signing().getKeyID())
                .jwkURL(URI.create(jwksUrl()))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a visa", e);
        }
        return new Visa(
                jwt.serialize(),
                keys.signing().getKeyID(),
                keys.algorithm().getName(),
                issuer(),
                subject,
                dataset,
                TYPE,
                datasetUrl(dataset),
                source(),
                BY,
                asserted,
                iat,
                exp,
                jti);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

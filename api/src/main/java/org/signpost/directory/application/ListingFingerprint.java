package org.signpost.directory.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.signpost.directory.model.ListingContent;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.oruk.OrukFeedWriter;

/**
 * The content of an imported record, as one canonical document (our ORUK seed format, which reads
 * back to an equal record) and its SHA-256. Two imports of the same record give the same
 * fingerprint, so a re-import can tell "unchanged" without comparing rows.
 */
final class ListingFingerprint {

    private ListingFingerprint() {
    }

    static ImportedListing of(ImportedService service, List<ListingContent.Term> terms) {
        String document = document(service);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(document.getBytes(StandardCharsets.UTF_8));
        for (UUID term : terms.stream().map(ListingContent.Term::id).sorted().toList()) {
            sha.update(("\n" + term).getBytes(StandardCharsets.UTF_8));
        }
        return new ImportedListing(service, terms, HexFormat.of().formatHex(sha.digest()), document);
    }

    private static String document(ImportedService service) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (OrukFeedWriter writer = new OrukFeedWriter(out)) {
            writer.write(service);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String array = out.toString(StandardCharsets.UTF_8);
        return array.substring(1, array.length() - 1); // [ {...} ] -> {...}
    }
}

package io.myapi.infrastructure.crypto;

import com.nulabinc.zxcvbn.StandardDictionaries;
import io.myapi.application.identity.port.out.CommonPasswordList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The common-password list zxcvbn4j ships (about 30,000 entries from breach corpora, R18.2),
 * loaded on first use.
 */
public final class ZxcvbnCommonPasswordList implements CommonPasswordList {

    private final LazySingleton<Map<String, Integer>> ranked = new LazySingleton<>(ZxcvbnCommonPasswordList::load);

    private static Map<String, Integer> load() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary();
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped common-password list cannot be read", e);
        }
    }

    @Override
    public boolean contains(String lowerCasePassword) {
        return ranked.get().containsKey(lowerCasePassword);
    }

    @Override
    public int size() {
        return ranked.get().size();
    }
}

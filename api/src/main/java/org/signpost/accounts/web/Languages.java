package org.signpost.accounts.web;

import org.signpost.contract.model.AccountLanguage;

final class Languages {

    private Languages() {
    }

    static String of(AccountLanguage language) {
        return language == null ? "en" : language.getValue();
    }
}

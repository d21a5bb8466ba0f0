/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.hmis.eval.model.text.LocalizedText;

/**
 * The text a rule comes from and, when it has been confirmed, the article.
 *
 * @param text the legal text (or the guide, for good practice), in the reader's language
 * @param article the article ("Art. 12"), empty when the article has not been confirmed from the
 *        official text: the reference then says so rather than guess a number
 */
public record LegalReference(LocalizedText text, Optional<String> article) {

	public LegalReference {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(article, "article");
	}

	/** @return "text, article" or "text (article not confirmed)" */
	public String cite(Locale locale) {
		return article.map(a -> text.text(locale) + ", " + a)
				.orElseGet(() -> ComplianceTexts.text("legal.articleNotConfirmed", text.text(locale)).text(locale));
	}
}

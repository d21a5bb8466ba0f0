/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hmis.eval.interchange.internal.EvaluationReader;
import org.hmis.eval.interchange.internal.FolderSource;
import org.hmis.eval.interchange.internal.ImportMessages;
import org.hmis.eval.interchange.internal.InterchangeSource;
import org.hmis.eval.interchange.internal.ProblemCollector;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.scheme.DeclaredNames;
import org.hmis.eval.sheets.registers.RegisterCrossChecks;

/**
 * Imports an interchange folder (see the interchange specification, section 1) into a new,
 * detached {@link Evaluation}. The import is all or nothing: if any row breaks a rule, nothing
 * is returned and every problem is reported as {@code file:line:column: reason}.
 */
public final class InterchangeImporter {

	private InterchangeImporter() {
	}

	/**
	 * @param folder the interchange folder; every file in it is optional
	 * @return the evaluation and the warnings of the import
	 * @throws ImportException listing every rejected row when at least one breaks a rule
	 */
	public static ImportResult importFolder(Path folder) throws ImportException {
		return importFolder(folder, ImportProgress.NONE);
	}

	/**
	 * @param folder the interchange folder; every file in it is optional
	 * @param progress hears of the rows read, file by file
	 * @return the evaluation and the warnings of the import
	 * @throws ImportException listing every rejected row when at least one breaks a rule
	 */
	public static ImportResult importFolder(Path folder, ImportProgress progress) throws ImportException {
		return importFolder(folder, progress, Locale.ENGLISH);
	}

	/**
	 * @param locale the language of the problems' reasons (English is the interchange contract's)
	 */
	public static ImportResult importFolder(Path folder, ImportProgress progress, Locale locale) throws ImportException {
		if (!Files.isDirectory(folder)) {
			throw new ImportException(List.of(new ImportProblem(folder.toString(), 0, "not a folder")));
		}
		return importFrom(new FolderSource(folder), new ProblemCollector(progress, new ImportMessages(locale)));
	}

	/** Reads a source into a new evaluation, all or nothing. */
	static ImportResult importFrom(InterchangeSource source, ProblemCollector problems) throws ImportException {
		Evaluation evaluation = EvaluationReader.read(source, problems);
		if (problems.hasErrors()) {
			throw new ImportException(problems.errors());
		}
		if (evaluation.getScheme().getName() == null) {
			evaluation.getScheme().setName(source.defaultName());
		}
		evaluation.setTitle(evaluation.getScheme().getName());
		DeclaredNames.declareNamesInUse(evaluation);
		List<ImportProblem> warnings = new ArrayList<>(problems.warnings());
		for (RegisterCrossChecks.Finding finding : RegisterCrossChecks.check(evaluation)) {
			warnings.add(new ImportProblem(finding.file(), 0, finding.message()));
		}
		return new ImportResult(evaluation, warnings);
	}
}

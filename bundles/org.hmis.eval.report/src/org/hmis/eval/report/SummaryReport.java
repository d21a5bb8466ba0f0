/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.hmis.eval.report.internal.BirtEngine;
import org.hmis.eval.report.internal.SummaryRows;

/**
 * Renders the one-page evaluation summary (scheme, year, every indicator) with BIRT. Output goes
 * to a temporary file that replaces the target only once rendering succeeded, so a failure never
 * leaves a half-written document behind.
 */
public final class SummaryReport {

	private static final String DESIGN = "/reports/evaluation-summary.rptdesign";

	private SummaryReport() {
	}

	/** Renders {@code content} in {@code format} and {@code locale} to {@code target}. */
	public static void render(SummaryContent content, ReportFormat format, Locale locale, Path target)
			throws ReportException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				render(content, format, locale, out);
			}
			moveIntoPlace(temporary, target);
		} catch (IOException e) {
			throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
		} finally {
			deleteQuietly(temporary);
		}
	}

	/** Renders {@code content} to a stream (the caller owns and closes it). */
	public static void render(SummaryContent content, ReportFormat format, Locale locale, OutputStream out)
			throws ReportException {
		IReportEngine engine = BirtEngine.get();
		IRunAndRenderTask task = null;
		try (InputStream design = SummaryReport.class.getResourceAsStream(DESIGN)) {
			IReportRunnable runnable = engine.openReportDesign(DESIGN, design);
			task = engine.createRunAndRenderTask(runnable);
			task.setLocale(locale);
			ReportMessages messages = ReportMessages.of(locale);
			task.setParameterValue("schemeName", content.schemeName());
			task.setParameterValue("heading", messages.heading(content.schemeName(), content.year()));
			task.setParameterValue("columnCode", messages.get("column.code"));
			task.setParameterValue("columnTitle", messages.get("column.title"));
			task.setParameterValue("columnValue", messages.get("column.value"));
			task.setParameterValue("columnFormula", messages.get("column.formula"));
			task.setParameterValue("columnInputs", messages.get("column.inputs"));
			task.getAppContext().put("hmis.indicatorRows", SummaryRows.of(content, locale));
			task.setRenderOption(renderOption(format, out));
			task.run();
			List<?> errors = task.getErrors();
			if (!errors.isEmpty()) {
				throw new ReportException("BIRT reported errors: " + errors);
			}
		} catch (BirtException | IOException e) {
			throw new ReportException("cannot render the summary: " + e.getMessage(), e);
		} finally {
			if (task != null) {
				task.close();
			}
		}
	}

	private static IRenderOption renderOption(ReportFormat format, OutputStream out) {
		RenderOption option = switch (format) {
		case PDF -> new PDFRenderOption();
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			yield html;
		}
		case DOCX -> new RenderOption();
		};
		option.setOutputFormat(format.birtName());
		option.setOutputStream(out);
		return option;
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// Best effort: the temporary file sits next to the target with a leading dot.
			}
		}
	}
}

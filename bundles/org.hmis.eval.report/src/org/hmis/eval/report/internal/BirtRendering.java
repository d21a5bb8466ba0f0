/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.hmis.eval.model.io.InterruptedWrites;
import org.hmis.eval.report.ReportException;
import org.hmis.eval.report.ReportFormat;

/**
 * Runs and renders one of the bundle's report designs. Output to a file goes through a temporary
 * file that replaces the target only once rendering succeeded, so a failure never leaves a
 * half-written document behind.
 */
public final class BirtRendering {

	private BirtRendering() {
	}

	/**
	 * @param design the design's path inside this bundle ("/reports/x.rptdesign")
	 * @param parameters report parameters by name
	 * @param rows what the design's scripted data sets read, by application-context key
	 */
	public static void toFile(String design, Map<String, Object> parameters, Map<String, Object> rows,
			ReportFormat format, Locale locale, Path target) throws ReportException {
		Path absolute = target.toAbsolutePath();
		Path temporary = temporaryNextTo(absolute);
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				toStream(design, parameters, rows, format, locale, out);
			} catch (IOException e) {
				throw new ReportException("cannot write " + absolute + ": " + reason(e));
			}
			try {
				moveIntoPlace(temporary, absolute);
			} catch (IOException e) {
				throw new ReportException("cannot replace " + absolute + ": " + reason(e));
			}
		} finally {
			// Also after an Error (out of memory): no half-written document is left behind.
			deleteQuietly(temporary);
		}
	}

	/**
	 * @return a new temporary file in the target's folder (created when missing); a failure names
	 *         the target and its folder, never the temporary file
	 */
	private static Path temporaryNextTo(Path target) throws ReportException {
		if (Files.isDirectory(target)) {
			throw new ReportException("cannot write " + target + ": it is a folder; give the name of a file");
		}
		Path folder = target.getParent();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new ReportException("cannot write " + target + ": the folder " + folder + " cannot be created ("
					+ reason(e) + ")");
		}
		// What an earlier, interrupted rendering of this target left behind goes first.
		InterruptedWrites.removeLeftovers(target);
		try {
			return Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		} catch (IOException e) {
			throw new ReportException("cannot write " + target + ": the folder " + folder + " cannot be written to ("
					+ reason(e) + ")");
		}
	}

	/** @return the reason of a file system failure, without the (temporary) path it names */
	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileAlreadyExistsException exists) {
			return exists.getFile() + " exists and is not a folder";
		}
		if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}

	/** Renders to a stream the caller owns and closes. */
	public static void toStream(String design, Map<String, Object> parameters, Map<String, Object> rows,
			ReportFormat format, Locale locale, OutputStream out) throws ReportException {
		IReportEngine engine = BirtEngine.get();
		IRunAndRenderTask task = null;
		try (InputStream designStream = BirtRendering.class.getResourceAsStream(design)) {
			if (designStream == null) {
				throw new ReportException("no report design " + design);
			}
			IReportRunnable runnable = engine.openReportDesign(design, designStream);
			task = engine.createRunAndRenderTask(runnable);
			task.setLocale(locale);
			task.setParameterValues(parameters);
			task.getAppContext().putAll(rows);
			task.setRenderOption(renderOption(format, out));
			task.run();
			List<?> errors = task.getErrors();
			if (!errors.isEmpty()) {
				throw new ReportException("BIRT reported errors in " + design + ": " + errors);
			}
		} catch (BirtException | IOException e) {
			throw new ReportException("cannot render " + design + ": " + e.getMessage(), e);
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

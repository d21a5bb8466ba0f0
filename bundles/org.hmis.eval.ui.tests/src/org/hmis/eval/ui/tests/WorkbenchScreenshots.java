/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Drives the SWT event loop in UI tests and saves what a shell shows as a PNG. */
final class WorkbenchScreenshots {

	private WorkbenchScreenshots() {
	}

	/** Processes UI events until {@code condition} holds; fails after {@code timeoutMillis}. */
	static void waitUntil(Display display, BooleanSupplier condition, long timeoutMillis, String what) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted waiting for " + what, e);
				}
			}
		}
	}

	/** Lets pending events and repaints run for {@code millis}, so the screen shows the latest state. */
	static void settle(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// drain the queue
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Copies the shell's pixels from the screen into {@code target/screenshots/<name>.png}. */
	static Path save(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		shell.redraw();
		shell.update();
		settle(display, 1_000);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path folder = Path.of(System.getProperty("hmis.testOutput", "target"), "screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}

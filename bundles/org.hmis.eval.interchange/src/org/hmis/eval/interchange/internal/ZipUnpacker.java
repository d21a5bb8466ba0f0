/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;

/**
 * Unpacks a zip into a folder, streaming each entry to disk, within limits that keep a damaged or
 * hostile archive (a "zip bomb") from filling the disk: the uncompressed size of each entry, of all
 * entries together, and their number. The limits are system properties, read when an archive is
 * opened (bytes, or with a k, m or g suffix: {@code -Dhmis.zip.maxEntryBytes=4g}):
 * <ul>
 * <li>{@value #MAX_ENTRY_BYTES}: 2 GiB by default, five times the claims register of a national
 * union (about 400 MB);</li>
 * <li>{@value #MAX_TOTAL_BYTES}: 4 GiB by default, all entries together;</li>
 * <li>{@value #MAX_ENTRIES}: 100,000 entries by default.</li>
 * </ul>
 * Entries whose name is absolute or climbs out with {@code ..} are refused, as are names given
 * twice; the archive is refused as a whole, nothing of it is kept.
 */
public final class ZipUnpacker {

	public static final String MAX_ENTRY_BYTES = "hmis.zip.maxEntryBytes";
	public static final String MAX_TOTAL_BYTES = "hmis.zip.maxTotalBytes";
	public static final String MAX_ENTRIES = "hmis.zip.maxEntries";

	static final long DEFAULT_MAX_ENTRY_BYTES = 2L << 30;
	static final long DEFAULT_MAX_TOTAL_BYTES = 4L << 30;
	static final long DEFAULT_MAX_ENTRIES = 100_000;

	private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([kKmMgG]?)[bB]?");

	private ZipUnpacker() {
	}

	/** @return true for what archivers add of their own: macOS's {@code __MACOSX} folder, hidden files */
	public static boolean isArchiverClutter(String name) {
		return name.equals("__MACOSX") || name.startsWith(".");
	}

	/**
	 * @throws ImportException when the archive breaks a limit or names an entry outside itself
	 * @throws IOException when the archive cannot be read or the folder written
	 */
	public static void unpack(Path zip, Path folder, Budget budget) throws ImportException, IOException {
		String zipName = zip.getFileName().toString();
		Set<String> names = new HashSet<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				if (isOutside(name)) {
					throw refused(zipName, "entry " + name + " points outside the archive (absolute, or with ..)");
				}
				String normalized = name.replace('\\', '/').replaceAll("/+$", "");
				if (!names.add(normalized)) {
					throw refused(zipName, "entry " + name + " appears twice");
				}
				budget.countEntry(zipName, name);
				Path target = folder.resolve(normalized).normalize();
				if (!target.startsWith(folder)) {
					throw refused(zipName, "entry " + name + " points outside the archive");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				if (entry.getSize() > budget.maxEntryBytes) {
					throw refused(zipName, budget.entryTooLarge(name));
				}
				Files.createDirectories(target.getParent());
				copy(in, target, zipName, name, budget);
			}
		} catch (ZipException e) {
			throw refused(zipName, "not a readable zip: " + e.getMessage());
		}
	}

	private static void copy(InputStream in, Path target, String zipName, String name, Budget budget)
			throws ImportException, IOException {
		byte[] buffer = new byte[1 << 16];
		long written = 0;
		try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				written += read;
				if (written > budget.maxEntryBytes) {
					throw refused(zipName, budget.entryTooLarge(name));
				}
				budget.countBytes(zipName, name, read);
				out.write(buffer, 0, read);
			}
		} catch (ZipException e) {
			throw refused(zipName, "entry " + name + " cannot be unpacked: " + e.getMessage());
		} catch (IOException e) {
			throw new IOException(zipName + ": cannot unpack entry " + name + " into " + target.getParent() + ": "
					+ InterchangeFiles.reason(e), e);
		}
	}

	/** True for a name that is absolute (/x, \x, C:x) or has a {@code ..} segment. */
	static boolean isOutside(String name) {
		if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
			return true;
		}
		for (String segment : name.split("[/\\\\]")) {
			if (segment.equals("..")) {
				return true;
			}
		}
		return false;
	}

	private static ImportException refused(String zipName, String reason) {
		return new ImportException(List.of(new ImportProblem(zipName, 0, reason)));
	}

	/** What an import may still unpack: shared by a zip and the zips inside it. */
	public static final class Budget {

		private final long maxEntryBytes;
		private final long maxTotalBytes;
		private final long maxEntries;
		private long totalBytes;
		private long entries;

		public Budget(long maxEntryBytes, long maxTotalBytes, long maxEntries) {
			this.maxEntryBytes = maxEntryBytes;
			this.maxTotalBytes = maxTotalBytes;
			this.maxEntries = maxEntries;
		}

		/**
		 * @throws ImportException when a property is set to something that is not a size, so that
		 *         a mistyped limit is never replaced by the default in silence
		 */
		public static Budget fromSystemProperties() throws ImportException {
			return new Budget(limit(MAX_ENTRY_BYTES, DEFAULT_MAX_ENTRY_BYTES), limit(MAX_TOTAL_BYTES, DEFAULT_MAX_TOTAL_BYTES),
					limit(MAX_ENTRIES, DEFAULT_MAX_ENTRIES));
		}

		void countEntry(String zipName, String name) throws ImportException {
			if (++entries > maxEntries) {
				throw refused(zipName, "more than " + maxEntries + " entries, at " + name + " (limit -D" + MAX_ENTRIES
						+ "=" + maxEntries + ")");
			}
		}

		void countBytes(String zipName, String name, long bytes) throws ImportException {
			totalBytes += bytes;
			if (totalBytes > maxTotalBytes) {
				throw refused(zipName, "its entries unpack to more than " + bytes(maxTotalBytes) + ", at entry " + name
						+ " (limit -D" + MAX_TOTAL_BYTES + "=" + maxTotalBytes + ")");
			}
		}

		String entryTooLarge(String name) {
			return "entry " + name + " unpacks to more than " + bytes(maxEntryBytes) + " (limit -D" + MAX_ENTRY_BYTES + "="
					+ maxEntryBytes + ")";
		}

		private static long limit(String property, long defaultValue) throws ImportException {
			String text = System.getProperty(property);
			if (text == null || text.isBlank()) {
				return defaultValue;
			}
			Matcher size = SIZE.matcher(text.trim());
			if (size.matches()) {
				long value = Long.parseLong(size.group(1));
				int shift = switch (size.group(2).toLowerCase(Locale.ROOT)) {
				case "k" -> 10;
				case "m" -> 20;
				case "g" -> 30;
				default -> 0;
				};
				if (value <= Long.MAX_VALUE >> shift) {
					return value << shift;
				}
			}
			throw new ImportException(List.of(new ImportProblem("-D" + property, 0,
					"'" + text + "' is not a size (bytes, or a number with k, m or g)")));
		}

		private static String bytes(long count) {
			if (count >= 1L << 30 && count % (1L << 30) == 0) {
				return (count >> 30) + " GiB";
			}
			if (count >= 1L << 20 && count % (1L << 20) == 0) {
				return (count >> 20) + " MiB";
			}
			return count + " bytes";
		}
	}
}

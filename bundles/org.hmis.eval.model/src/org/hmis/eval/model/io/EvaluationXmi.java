/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.RegisterTablesCodec;

/**
 * Reads and writes evaluations in the product's own format, XMI. Writing to a file is atomic:
 * the document goes to a temporary file in the same folder that then replaces the target, so a
 * crash leaves either the old or the new file, never half of one. Reading refuses DOCTYPEs, which
 * rules out external entities.
 * <p>
 * Registers are not written into the document (a national union's would make it gigabytes of
 * XML): they go, in the binary form of {@link RegisterTablesCodec}, to a file beside it named
 * after the document and the digest of its content ({@code sucura.hmis.registers-1a2b...}). The
 * document records that digest. The registers file is written first under its new name, then the
 * document replaces the old one, then older registers files are removed: a crash at any point
 * leaves a document whose registers file is there and holds what the document says.
 */
public final class EvaluationXmi {

	/** File extension of evaluation documents. */
	public static final String EXTENSION = "hmis";

	/** What follows a document's name in the name of its registers file. */
	public static final String REGISTERS_SUFFIX = ".registers-";

	private EvaluationXmi() {
	}

	/** @return a resource set that knows the evaluation model, independent of any registry */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		return resourceSet;
	}

	/**
	 * @return the evaluation serialized as XMI, UTF-8, without the rows of its registers (see
	 *         {@link #registersDigest}); the evaluation itself is left untouched
	 */
	public static byte[] toBytes(Evaluation evaluation) throws IOException {
		return toBytes(evaluation, null);
	}

	/** @param registersDigest the digest of the saved registers to record, or null */
	public static byte[] toBytes(Evaluation evaluation, String registersDigest) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createURI("memory:/evaluation." + EXTENSION));
		Evaluation copy = EcoreUtil.copy(evaluation);
		if (copy.getRegisters() != null) {
			copy.getRegisters().setDigest(registersDigest);
		}
		resource.getContents().add(copy);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, saveOptions());
		return out.toByteArray();
	}

	/** @return the evaluation read from XMI bytes, detached from any resource set it was read in */
	public static Evaluation fromBytes(byte[] xmi) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createURI("memory:/evaluation." + EXTENSION));
		resource.load(new ByteArrayInputStream(xmi), loadOptions());
		return rootOf(resource);
	}

	/** Writes the evaluation to {@code file} atomically, and its registers beside it. */
	public static void save(Evaluation evaluation, Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// What an earlier, interrupted save of this document left behind goes first.
		InterruptedWrites.removeLeftovers(file);
		RegisterTables tables = evaluation.getRegisters() == null ? null : evaluation.getRegisters().getTables();
		String digest = tables == null || tables.isEmpty() ? null : saveRegisters(tables, file.toAbsolutePath());
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				out.write(toBytes(evaluation, digest));
			}
			moveIntoPlace(temporary, file);
		} finally {
			Files.deleteIfExists(temporary);
		}
		removeOtherRegisterFiles(file.toAbsolutePath(), digest);
	}

	/** @return the evaluation stored in {@code file}, with the registers saved beside it */
	public static Evaluation load(Path file) throws IOException {
		Evaluation evaluation = fromBytes(Files.readAllBytes(file));
		String digest = registersDigest(evaluation);
		if (digest != null) {
			Path registers = registersFile(file.toAbsolutePath(), digest);
			if (!Files.isRegularFile(registers)) {
				throw new IOException(file + " names its registers file " + registers.getFileName()
						+ ", which is missing (copy it along with the document)");
			}
			try (InputStream in = new BufferedInputStream(Files.newInputStream(registers))) {
				evaluation.getRegisters().setTables(RegisterTablesCodec.readVerified(in, digest, registers.toString()));
			}
		}
		return evaluation;
	}

	/** @return the digest of the registers a read document was saved with, or null when it has none */
	public static String registersDigest(Evaluation evaluation) {
		return evaluation.getRegisters() == null ? null : evaluation.getRegisters().getDigest();
	}

	/** @return the file beside {@code document} that holds the registers of the given digest */
	public static Path registersFile(Path document, String digest) {
		return document.resolveSibling(document.getFileName() + REGISTERS_SUFFIX + digest.substring(0, 16));
	}

	private static String saveRegisters(RegisterTables tables, Path document) throws IOException {
		Path temporary = Files.createTempFile(document.getParent(), "." + document.getFileName(), ".registers.tmp");
		try {
			String digest;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
				digest = RegisterTablesCodec.write(tables, out);
			}
			Path target = registersFile(document, digest);
			if (!Files.exists(target)) {
				moveIntoPlace(temporary, target);
			}
			return digest;
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void removeOtherRegisterFiles(Path document, String keptDigest) throws IOException {
		String prefix = document.getFileName() + REGISTERS_SUFFIX;
		String kept = keptDigest == null ? null : registersFile(document, keptDigest).getFileName().toString();
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(document.getParent(), prefix + "*")) {
			for (Path sibling : siblings) {
				if (!sibling.getFileName().toString().equals(kept)) {
					Files.deleteIfExists(sibling);
				}
			}
		}
	}

	/** @return the options every load uses: no DOCTYPE (hence no external entity) */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	/** @return the options every save uses */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		return options;
	}

	private static Evaluation rootOf(Resource resource) throws IOException {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Evaluation)) {
			throw new IOException("not an evaluation document");
		}
		EObject root = resource.getContents().get(0);
		resource.getContents().clear();
		return (Evaluation) root;
	}

	private static void moveIntoPlace(Path temporary, Path file) throws IOException {
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}

/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

/**
 * Reads and writes evaluations in the product's own format, XMI. Writing to a file is atomic:
 * the document goes to a temporary file in the same folder that then replaces the target, so a
 * crash leaves either the old or the new file, never half of one. Reading refuses DOCTYPEs, which
 * rules out external entities.
 */
public final class EvaluationXmi {

	/** File extension of evaluation documents. */
	public static final String EXTENSION = "hmis";

	private EvaluationXmi() {
	}

	/** @return a resource set that knows the evaluation model, independent of any registry */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		return resourceSet;
	}

	/** @return the evaluation serialized as XMI, UTF-8; the evaluation itself is left untouched */
	public static byte[] toBytes(Evaluation evaluation) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createURI("memory:/evaluation." + EXTENSION));
		resource.getContents().add(EcoreUtil.copy(evaluation));
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

	/** Writes the evaluation to {@code file} atomically. */
	public static void save(Evaluation evaluation, Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				out.write(toBytes(evaluation));
			}
			moveIntoPlace(temporary, file);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** @return the evaluation stored in {@code file} */
	public static Evaluation load(Path file) throws IOException {
		return fromBytes(Files.readAllBytes(file));
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

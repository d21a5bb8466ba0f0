/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF model generator for {@code model/hmis.genmodel} outside of Eclipse.
 *
 * <p>Usage: {@code GenerateModel [--merge] [bundleDir]}. {@code bundleDir} defaults to
 * {@code ../../bundles/org.hmis.eval.model} (relative to the working directory, which is
 * {@code releng/codegen} when started through {@code mvn exec:java}).
 *
 * <p>What it does, in order:
 * <ol>
 * <li>maps {@code platform:/resource/org.hmis.eval.model/} onto the bundle folder, so that the
 * genmodel's {@code modelDirectory} ({@code /org.hmis.eval.model/src-gen}) lands in that folder;</li>
 * <li>loads and reconciles the genmodel against {@code hmis.ecore} and stops on validation errors;</li>
 * <li>empties {@code src-gen/} unless {@code --merge} is given (then EMF's JMerge merges into the
 * existing files instead, honouring {@code @generated NOT});</li>
 * <li>generates the <em>model</em> code only (no edit, editor or tests code), with a generator
 * adapter that never writes the bundle's MANIFEST.MF, plugin.xml, plugin.properties or
 * build.properties: those files are maintained by hand;</li>
 * <li>checks that no file of the bundle outside {@code src-gen/} was created or changed, and
 * restores any that was (this should never happen; it is reported if it does).</li>
 * </ol>
 */
public final class GenerateModel {

	/** Name of the Eclipse project (and bundle) the genmodel's workspace paths start with. */
	static final String PROJECT_NAME = "org.hmis.eval.model";

	static final String GENMODEL_PATH = "model/hmis.genmodel";

	/** The bundle that receives EMF's edit code (item providers, labels), beside the model bundle. */
	static final String EDIT_PROJECT_NAME = "org.hmis.eval.model.edit";

	static final String GENERATED_FOLDER = "src-gen";

	/** Folders of the bundle that the generator can never legitimately touch and that may be big. */
	private static final List<String> SNAPSHOT_SKIPPED = List.of(GENERATED_FOLDER, "target", "bin", ".git");

	private GenerateModel() {
	}

	public static void main(String[] args) {
		boolean merge = false;
		String bundleArgument = "../../bundles/" + PROJECT_NAME;
		for (String arg : args) {
			if ("--merge".equals(arg)) {
				merge = true;
			} else if (arg.startsWith("--")) {
				fail("unknown option " + arg + "; usage: GenerateModel [--merge] [bundleDir]");
			} else if (!arg.isBlank()) {
				bundleArgument = arg;
			}
		}
		try {
			run(Paths.get(bundleArgument).toAbsolutePath().normalize(), merge);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void run(Path bundleDir, boolean merge) throws IOException {
		Path genModelFile = bundleDir.resolve(GENMODEL_PATH);
		if (!Files.isRegularFile(genModelFile)) {
			fail("no genmodel at " + genModelFile + " (pass the org.hmis.eval.model bundle folder as argument)");
		}
		Path generatedDir = bundleDir.resolve(GENERATED_FOLDER);
		System.out.println("[codegen] bundle:    " + bundleDir);
		System.out.println("[codegen] genmodel:  " + genModelFile);
		System.out.println("[codegen] mode:      " + (merge ? "merge into existing src-gen/" : "regenerate src-gen/ from scratch"));

		Map<Path, byte[]> before = snapshotOutsideGenerated(bundleDir);

		ResourceSet resourceSet = createResourceSet(bundleDir);
		GenModel genModel = loadGenModel(resourceSet);
		checkTarget(genModel);

		int restored;
		try {
			if (!merge) {
				deleteTree(generatedDir);
			}
			generateModelCode(genModel);
			if (genModel.getEditDirectory() != null && !merge) {
				Path editBundle = bundleDir.resolveSibling(EDIT_PROJECT_NAME);
				deleteTree(editBundle.resolve(GENERATED_FOLDER));
				generateEditCode(genModel);
				System.out.println("[codegen] edit code: " + listFiles(editBundle.resolve(GENERATED_FOLDER)).size()
						+ " files in " + EDIT_PROJECT_NAME + "/" + GENERATED_FOLDER + "/ (plus plugin.xml, plugin.properties, icons)");
			}
		} finally {
			restored = restoreOutsideGenerated(bundleDir, before);
		}
		List<Path> written = listFiles(generatedDir);
		System.out.println("[codegen] " + written.size() + " files in " + bundleDir.relativize(generatedDir) + "/:");
		for (Path file : written) {
			System.out.println("[codegen]   " + generatedDir.relativize(file));
		}
		if (restored > 0) {
			System.out.println("[codegen] WARNING: the generator wrote " + restored
					+ " file(s) outside " + GENERATED_FOLDER + "/; they were restored (see above)");
		} else {
			System.out.println("[codegen] no file outside " + GENERATED_FOLDER + "/ was created or changed");
		}
		warnIfNotRegistered(bundleDir, genModel);
	}

	// --- set-up -------------------------------------------------------------------------------

	private static ResourceSet createResourceSet(Path bundleDir) {
		// Packages the genmodel and ecore files are written in. Touching eINSTANCE initialises them.
		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());

		// platform:/resource/org.hmis.eval.model/... -> <bundleDir>/...
		URI bundleUri = URI.createFileURI(bundleDir.toString() + "/");
		EcorePlugin.getPlatformResourceMap().put(PROJECT_NAME, bundleUri);

		URI editUri = URI.createFileURI(bundleDir.resolveSibling(EDIT_PROJECT_NAME).toString() + "/");
		EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT_NAME, editUri);

		ResourceSet resourceSet = new ResourceSetImpl();
		// Same mapping on the resource set's converter, which the generator uses for its output.
		resourceSet.getURIConverter().getURIMap()
				.put(URI.createPlatformResourceURI("/" + PROJECT_NAME + "/", false), bundleUri);
		resourceSet.getURIConverter().getURIMap()
				.put(URI.createPlatformResourceURI("/" + EDIT_PROJECT_NAME + "/", false), editUri);

		// Only our own generator adapters: model code, minus the bundle's descriptor files.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.removeDescriptors(GenModelPackage.eNS_URI);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				ModelCodeOnlyAdapterFactory::new);
		return resourceSet;
	}

	private static GenModel loadGenModel(ResourceSet resourceSet) {
		URI uri = URI.createPlatformResourceURI("/" + PROJECT_NAME + "/" + GENMODEL_PATH, true);
		Resource resource = resourceSet.getResource(uri, true);
		if (!resource.getErrors().isEmpty()) {
			fail("cannot read " + uri + ": " + resource.getErrors());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel)) {
			fail(uri + " does not contain a GenModel");
		}
		GenModel genModel = (GenModel) resource.getContents().get(0);

		// Bring the genmodel in line with the .ecore (new/removed classes and features) in memory.
		genModel.reconcile();
		genModel.setCanGenerate(true);

		// The .ecore first (dangling types, bad names, ...), then the genmodel itself.
		EcoreUtil.resolveAll(resourceSet);
		for (Resource loaded : resourceSet.getResources()) {
			if (!loaded.getErrors().isEmpty()) {
				fail("cannot read " + loaded.getURI() + ": " + loaded.getErrors());
			}
		}
		for (GenPackage genPackage : genModel.getGenPackages()) {
			if (genPackage.getEcorePackage() == null || genPackage.getEcorePackage().eIsProxy()) {
				fail("the genmodel refers to an Ecore package that cannot be loaded");
			}
			Diagnostic ecoreDiagnostic = Diagnostician.INSTANCE.validate(genPackage.getEcorePackage());
			report("validation of " + genPackage.getEcorePackage().eResource().getURI(), ecoreDiagnostic);
			if (ecoreDiagnostic.getSeverity() == Diagnostic.ERROR) {
				fail("the Ecore model is not valid; nothing was generated");
			}
		}
		Diagnostic diagnostic = genModel.diagnose();
		report("genmodel validation", diagnostic);
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			fail("the genmodel is not valid; nothing was generated");
		}
		return genModel;
	}

	/** Refuses to run when the genmodel would write anywhere but into this bundle's src-gen. */
	private static void checkTarget(GenModel genModel) {
		String expected = "/" + PROJECT_NAME + "/" + GENERATED_FOLDER;
		if (!expected.equals(genModel.getModelDirectory())) {
			fail("modelDirectory is " + genModel.getModelDirectory() + ", expected " + expected);
		}
		if (genModel.isUpdateClasspath() || genModel.isBundleManifest()) {
			System.out.println("[codegen] note: updateClasspath/bundleManifest are set in the genmodel;"
					+ " this tool never writes MANIFEST.MF or build.properties anyway");
		}
		for (GenPackage genPackage : genModel.getGenPackages()) {
			System.out.println("[codegen] package:   " + genPackage.getInterfacePackageName() + " ("
					+ genPackage.getPackageInterfaceName() + ", " + genPackage.getFactoryInterfaceName() + ")");
		}
	}

	// --- generation ---------------------------------------------------------------------------

	private static void generateModelCode(GenModel genModel) {
		Generator generator = new Generator();
		generator.setInput(genModel);
		if (!generator.canGenerate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)) {
			fail("the generator reports that it cannot generate model code for this genmodel");
		}
		Monitor monitor = new BasicMonitor();
		Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor);
		report("generation", diagnostic);
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			fail("generation failed");
		}
	}

	/**
	 * Generates the edit code (item providers, the edit plug-in class, labels in plugin.properties,
	 * the adapter-factory registration in plugin.xml, icons) into the edit bundle; its MANIFEST.MF
	 * and build.properties are hand-maintained.
	 */
	private static void generateEditCode(GenModel genModel) {
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor());
		report("edit generation", diagnostic);
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			fail("edit generation failed");
		}
	}

	/**
	 * Adapter factory whose GenModel adapter generates the Java code of the model project but
	 * none of the project's descriptor files.
	 */
	static final class ModelCodeOnlyAdapterFactory extends GenModelGeneratorAdapterFactory {
		@Override
		public org.eclipse.emf.common.notify.Adapter createGenModelAdapter() {
			if (genModelGeneratorAdapter == null) {
				genModelGeneratorAdapter = new ModelCodeOnlyGenModelAdapter(this);
			}
			return genModelGeneratorAdapter;
		}
	}

	static final class ModelCodeOnlyGenModelAdapter extends GenModelGeneratorAdapter {
		ModelCodeOnlyGenModelAdapter(GeneratorAdapterFactory factory) {
			super(factory);
		}

		@Override
		protected void generateModelManifest(GenModel genModel, Monitor monitor) {
			// MANIFEST.MF and plugin.xml are hand-maintained.
			monitor.worked(2);
		}

		@Override
		protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
			// plugin.properties is hand-maintained.
			monitor.worked(1);
		}

		@Override
		protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
			// build.properties is hand-maintained.
			monitor.worked(1);
		}

		@Override
		protected void generateEditManifest(GenModel genModel, Monitor monitor) {
			// The edit bundle's MANIFEST.MF is hand-maintained.
			monitor.worked(2);
		}

		@Override
		protected void generateEditBuildProperties(GenModel genModel, Monitor monitor) {
			// The edit bundle's build.properties is hand-maintained.
			monitor.worked(1);
		}
	}

	// --- guarding the hand-written files ------------------------------------------------------

	private static Map<Path, byte[]> snapshotOutsideGenerated(Path bundleDir) throws IOException {
		Map<Path, byte[]> contents = new TreeMap<>();
		for (Path file : listFiles(bundleDir)) {
			Path relative = bundleDir.relativize(file);
			if (!SNAPSHOT_SKIPPED.contains(relative.getName(0).toString())) {
				contents.put(relative, Files.readAllBytes(file));
			}
		}
		return contents;
	}

	/** Undoes any creation or change outside src-gen; returns how many files had to be restored. */
	private static int restoreOutsideGenerated(Path bundleDir, Map<Path, byte[]> before) throws IOException {
		Map<Path, byte[]> after = snapshotOutsideGenerated(bundleDir);
		int restored = 0;
		for (Map.Entry<Path, byte[]> entry : after.entrySet()) {
			byte[] original = before.get(entry.getKey());
			Path file = bundleDir.resolve(entry.getKey());
			if (original == null) {
				System.out.println("[codegen] removing file created by the generator: " + entry.getKey());
				Files.delete(file);
				restored++;
			} else if (!Arrays.equals(original, entry.getValue())) {
				System.out.println("[codegen] restoring file changed by the generator: " + entry.getKey());
				Files.write(file, original);
				restored++;
			}
		}
		for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
			if (!after.containsKey(entry.getKey())) {
				System.out.println("[codegen] restoring file deleted during generation: " + entry.getKey());
				Path file = bundleDir.resolve(entry.getKey());
				Files.createDirectories(file.getParent());
				Files.write(file, entry.getValue());
				restored++;
			}
		}
		return restored;
	}

	/** The bundle needs the generated_package extension in its (hand-written) plugin.xml. */
	private static void warnIfNotRegistered(Path bundleDir, GenModel genModel) throws IOException {
		Path pluginXml = bundleDir.resolve("plugin.xml");
		String text = Files.isRegularFile(pluginXml) ? Files.readString(pluginXml) : "";
		for (GenPackage genPackage : genModel.getGenPackages()) {
			String nsUri = genPackage.getNSURI();
			String packageClass = genPackage.getQualifiedPackageInterfaceName();
			if (!text.contains(nsUri) || !text.contains(packageClass)) {
				System.out.println("[codegen] note: plugin.xml should register the package with"
						+ " <extension point=\"org.eclipse.emf.ecore.generated_package\"><package uri=\"" + nsUri
						+ "\" class=\"" + packageClass + "\" genModel=\"" + GENMODEL_PATH + "\"/></extension>");
			}
		}
	}

	// --- helpers ------------------------------------------------------------------------------

	private static List<Path> listFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(dir)) {
			paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
		}
		for (Path path : paths) {
			Files.delete(path);
		}
	}

	private static void report(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() == Diagnostic.OK) {
			return;
		}
		System.out.println("[codegen] " + what + ": " + severity(diagnostic) + " " + Objects.toString(diagnostic.getMessage(), ""));
		printChildren(diagnostic, "  ");
	}

	private static void printChildren(Diagnostic diagnostic, String indent) {
		for (Diagnostic child : diagnostic.getChildren()) {
			System.out.println("[codegen] " + indent + severity(child) + " " + child.getMessage());
			if (child.getException() != null) {
				child.getException().printStackTrace(System.out);
			}
			printChildren(child, indent + "  ");
		}
	}

	private static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR -> "ERROR";
			case Diagnostic.WARNING -> "WARNING";
			case Diagnostic.INFO -> "INFO";
			case Diagnostic.CANCEL -> "CANCEL";
			default -> "OK";
		};
	}

	private static void fail(String message) {
		System.err.println("[codegen] ERROR: " + message);
		throw new IllegalStateException(message);
	}
}

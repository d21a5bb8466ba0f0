/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, proven by killing: a child JVM ({@link KillTrialChild}) imports, or saves, one
 * evaluation into a copy of a store holding other evaluations, and is killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) after a seeded random delay spread over the write's
 * measured duration. The store is then reopened (Derby recovers from its log) and must hold exactly
 * the state before or after the write: the written evaluation absent or equal to the written one
 * (import), the old or the new version (save), the other evaluations unchanged. Trials:
 * {@code -Dhmis.killTrials} (default 20) per operation, seed {@code -Dhmis.killSeed}.
 */
class StoreKillTest {

	private static final int TRIALS = Integer.getInteger("hmis.killTrials", 20);

	private static final long SEED = Long.getLong("hmis.killSeed", 20261202L);

	@TempDir
	static Path folder;

	/** A closed store with two other evaluations and version 1 of the target; each trial copies it. */
	private static Path template;

	private static List<String> classPath;

	@BeforeAll
	static void makeTemplateStore() throws Exception {
		classPath = childClassPath();
		template = folder.resolve("template");
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(template, "test")) {
			store.add(expected("OtherA", 1), "other-a", false);
			store.add(expected("OtherB", 1), "other-b", false);
			store.add(expected("Target", 1), KillTrialChild.TARGET, false);
		}
	}

	@Test
	void importKilledAtRandomMomentsLeavesTheStoreBeforeOrAfterIt() throws Exception {
		trials("import");
	}

	@Test
	void saveKilledAtRandomMomentsLeavesTheStoreBeforeOrAfterIt() throws Exception {
		trials("save");
	}

	private void trials(String operation) throws Exception {
		// The calibration run is not killed: it measures the write and shows that the check accepts
		// the state after a complete write (and so tells the two states apart).
		Path calibration = copyOfTemplate(operation + "-calibration");
		Trial whole = runChild(operation, calibration, -1);
		assertTrue(whole.committed, "the child did not finish its " + operation + ": " + whole.output);
		assertEquals("after", check(operation, calibration), "state after a complete " + operation);
		long writeMillis = Math.max(whole.writeMillis, 50);
		Random random = new Random(SEED + operation.hashCode());
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> lost = new ArrayList<>();
		int killedMidWrite = 0;
		for (int trial = 1; trial <= TRIALS; trial++) {
			Path store = copyOfTemplate(operation + "-" + trial);
			// Spread over twice the measured write: a killed child writes slower than the calibration
			// run (which the JVM and the disk may favour), and kills must also land around and after
			// the commit, while the store closes.
			long delay = (long) (random.nextDouble() * writeMillis * 2);
			Trial run = runChild(operation, store, delay);
			if (run.killed && !run.committed) {
				killedMidWrite++;
			}
			String state;
			try {
				state = check(operation, store);
			} catch (StoreException | RuntimeException | AssertionError e) {
				state = "corrupted: " + e.getMessage();
			}
			outcomes.merge(state.startsWith("corrupted") || state.startsWith("lost") ? "lost or corrupted" : state, 1,
					Integer::sum);
			if (!state.equals("before") && !state.equals("after")) {
				lost.add("trial " + trial + " (kill after " + delay + " ms): " + state);
			}
		}
		System.out.println("StoreKillTest " + operation + ": " + TRIALS + " trials (seed " + SEED + ", write "
				+ writeMillis + " ms, " + killedMidWrite + " killed before the commit was reported), outcomes "
				+ outcomes + "; lost or corrupted stores: " + lost.size());
		assertEquals(List.of(), lost, "lost or corrupted stores");
	}

	/**
	 * @return "before" or "after" when the store holds exactly one of the two states, else
	 *         "lost: ..." saying what differs
	 */
	private static String check(String operation, Path database) throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database, "test")) {
			Set<String> ids = new LinkedHashSet<>();
			for (StoredEvaluation stored : store.list()) {
				ids.add(stored.id());
			}
			for (String other : List.of("other-a", "other-b")) {
				if (!ids.contains(other)) {
					return "lost: " + other + " is gone";
				}
			}
			if (!same(store.load("other-a"), expected("OtherA", 1))
					|| !same(store.load("other-b"), expected("OtherB", 1))) {
				return "lost: another evaluation changed";
			}
			Evaluation target = store.load(KillTrialChild.TARGET);
			boolean targetBefore = same(target, expected("Target", 1));
			if (operation.equals("save")) {
				if (ids.size() != 3) {
					return "lost: ids " + ids;
				}
				if (targetBefore) {
					return "before";
				}
				return same(target, expected("Target", 2)) ? "after"
						: "lost: " + KillTrialChild.TARGET + " is neither its old nor its new version";
			}
			if (!targetBefore) {
				return "lost: " + KillTrialChild.TARGET + " changed";
			}
			// The import is a new scheme: it is stored under the next free id.
			String imported = KillTrialChild.TARGET + "-2";
			if (ids.size() == 3) {
				return "before";
			}
			if (ids.size() == 4 && ids.contains(imported)
					&& same(store.load(imported), expected("Imported", 2))) {
				return "after";
			}
			return "lost: half an import, ids " + ids;
		}
	}

	/** The evaluations the children write, built once: each has tens of thousands of register rows. */
	private static final Map<String, Evaluation> EXPECTED = new HashMap<>();

	private static Evaluation expected(String scheme, int version) {
		return EXPECTED.computeIfAbsent(scheme + version, key -> KillTrialChild.evaluation(scheme, version));
	}

	/** @return true when both have equal documents and equal registers */
	private static boolean same(Evaluation loaded, Evaluation expected) {
		return EcoreUtil.equals(withoutRegisters(loaded), withoutRegisters(expected))
				&& Objects.equals(loaded.getRegisters().getTables(), expected.getRegisters().getTables());
	}

	private static Evaluation withoutRegisters(Evaluation evaluation) {
		Evaluation copy = EcoreUtil.copy(evaluation);
		copy.setRegisters(null);
		return copy;
	}

	private static Path copyOfTemplate(String name) throws IOException {
		Path copy = folder.resolve(name);
		try (Stream<Path> files = Files.walk(template)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(template.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return copy;
	}

	/** What a child printed and whether it was killed. */
	private record Trial(boolean committed, boolean killed, long writeMillis, String output) {
	}

	/**
	 * Runs {@link KillTrialChild} on {@code database}; kills it {@code killAfter} milliseconds after it
	 * says it is writing (never when negative).
	 */
	private static Trial runChild(String operation, Path database, long killAfter) throws Exception {
		Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
		Path tmp = Files.createDirectories(database.resolveSibling(database.getFileName() + "-tmp"));
		Process child = new ProcessBuilder(javaCommand.toString(), "-Xmx512m", "-cp",
				String.join(File.pathSeparator, classPath), "-Djava.io.tmpdir=" + tmp,
				"-Dderby.stream.error.file=" + database.resolveSibling(database.getFileName() + "-derby.log"),
				KillTrialChild.class.getName(), operation, database.toString())
				.redirectError(database.resolveSibling(database.getFileName() + "-stderr.txt").toFile()).start();
		StringBuilder output = new StringBuilder();
		boolean killed = false;
		boolean committed = false;
		long writing = 0;
		long done = 0;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = out.readLine()) != null;) {
				output.append(line).append('\n');
				if (line.equals(KillTrialChild.WRITING)) {
					writing = System.nanoTime();
					if (killAfter >= 0) {
						Thread.sleep(killAfter);
						// The child may have committed during the sleep: what it printed is read below.
						committed = out.ready() && drained(out, output);
						child.destroyForcibly();
						killed = true;
						// Killing closes the child's streams: nothing more can be read.
						break;
					}
				} else if (line.equals(KillTrialChild.COMMITTED)) {
					committed = true;
					done = System.nanoTime();
				}
			}
		} finally {
			if (!child.waitFor(120, TimeUnit.SECONDS)) {
				child.destroyForcibly();
				throw new IOException("the child " + operation + " did not end: " + output);
			}
		}
		if (writing == 0) {
			output.append(Files.readString(database.resolveSibling(database.getFileName() + "-stderr.txt")));
			throw new IOException("the child " + operation + " never started writing: " + output);
		}
		return new Trial(committed, killed, committed ? (done - writing) / 1_000_000 : -1, output.toString());
	}

	/** @return true when the lines the child printed so far say it committed */
	private static boolean drained(BufferedReader out, StringBuilder output) throws IOException {
		boolean committed = false;
		while (out.ready()) {
			String line = out.readLine();
			if (line == null) {
				break;
			}
			output.append(line).append('\n');
			committed |= line.equals(KillTrialChild.COMMITTED);
		}
		return committed;
	}

	/**
	 * @return the class path of a plain JVM running {@link KillTrialChild}: the jars (or class
	 *         folders) the OSGi runtime loaded the store, the model, EMF, Derby and this fragment from
	 */
	private static List<String> childClassPath() throws URISyntaxException, IOException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : List.of(KillTrialChild.class, DerbyEvaluationStore.class, Evaluation.class, EObject.class,
				XMIResource.class, URI.class)) {
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			entries.add(location.toString());
			// A bundle run from its project (Tycho's test runtime) has its classes in target/classes.
			for (String classes : List.of("target/classes", "bin")) {
				if (Files.isDirectory(location.resolve(classes))) {
					entries.add(location.resolve(classes).toString());
				}
			}
		}
		Path derbyJar = Path.of(EmbeddedDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		assumeTrue(Files.isRegularFile(derbyJar), "Derby's jars are files here: " + derbyJar);
		try (Stream<Path> jars = Files.list(derbyJar.getParent())) {
			jars.filter(jar -> jar.getFileName().toString().startsWith("derby")).forEach(jar -> entries.add(jar.toString()));
		}
		return new ArrayList<>(entries);
	}
}

/**
 * `npm run content:validate [dir]`: checks the whole library (default `CONTENT_DIR`) and prints
 * every problem as `path:line field: message`; exits 1 if there is any. Warnings (such as a link
 * to a host not allowed) are printed as `path:line field: warning: message` and do not fail it.
 */
import { loadConfig } from '../src/config';
import { formatProblem, libraryCounts, loadLibrary } from '../src/content';

const dir = process.argv[2] ?? loadConfig().contentDir;
const result = await loadLibrary(dir);
for (const warning of result.warnings) {
  console.error(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
}
if (result.ok) {
  const { issues, cases, questions, translations, translationsToReview, publishedPdfs } =
    libraryCounts(result.library);
  console.log(
    `content OK: ${issues} issue${issues === 1 ? '' : 's'}, ` +
      `${cases} case stud${cases === 1 ? 'y' : 'ies'}, ` +
      `${questions} reflective question${questions === 1 ? '' : 's'}\n` +
      `Welsh: ${translations} file${translations === 1 ? '' : 's'} translated, ` +
      `${translationsToReview} awaiting a Welsh translator's review (translationReview: needed)\n` +
      `As published: ${publishedPdfs} of ${issues} issue${issues === 1 ? '' : 's'} with issue.pdf` +
      (result.warnings.length === 0
        ? ''
        : `\n${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'} (above)`),
  );
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(
    `content invalid: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
  );
  process.exitCode = 1;
}

//===- Output.h - JSON, SARIF and exported fixes ----------------*- C++ -*-===//
//
// The documents the standalone tool writes after a run, from the records
// the Reporter kept: docs/tool.md documents the JSON schema, docs/ci.md the
// SARIF and the exported fixes.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_TOOL_OUTPUT_H
#define STACKLIFT_TOOL_OUTPUT_H

#include "Report.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace stacklift {

/// A file:// URI for \p Path, made absolute, with the characters RFC 3986
/// does not allow in a path percent-encoded. SARIF and LSP both use it.
std::string fileUri(llvm::StringRef Path);

/// {"findings": [...]} and, with \p Variables, "variables": [...].
void writeJson(llvm::raw_ostream &OS, const std::vector<FindingRecord> &Findings,
               const std::vector<VariableRecord> *Variables);

/// One SARIF 2.1.0 log with one run: the checks as rules with help text,
/// each finding as a result with its notes as related locations and its
/// fix-its as fixes.
void writeSarif(llvm::raw_ostream &OS,
                const std::vector<FindingRecord> &Findings);

/// The fix-its as clang-tidy's --export-fixes YAML, which
/// clang-apply-replacements applies. Insertions that several findings make
/// at one offset are merged into the first of them.
void writeExportedFixes(llvm::raw_ostream &OS,
                        const std::vector<FindingRecord> &Findings,
                        llvm::StringRef BuildDirectory);

} // namespace stacklift

#endif // STACKLIFT_TOOL_OUTPUT_H

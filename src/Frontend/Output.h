//===- Output.h - JSON, SARIF and exported fixes ----------------*- C++ -*-===//
//
// The documents the standalone tool writes after a run, from the records
// the Reporter kept: docs/tool.md documents the JSON schema, docs/ci.md the
// SARIF and the exported fixes.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_FRONTEND_OUTPUT_H
#define STACKLIFT_FRONTEND_OUTPUT_H

#include "Report.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <vector>

namespace stacklift {

/// A file:// URI for \p Path, made absolute, with the characters RFC 3986
/// does not allow in a path percent-encoded. SARIF and LSP both use it.
std::string fileUri(llvm::StringRef Path);

/// Writes one document of findings, a finding at a time, so that what it
/// holds does not grow with the number of findings.
class FindingWriter {
public:
  virtual ~FindingWriter() = default;
  /// Writes \p R.
  virtual void finding(const FindingRecord &R) = 0;
  /// Ends the document; with \p Variables, adds them (--explain); with
  /// \p Sites, adds them (--funnel).
  virtual void finish(const std::vector<VariableRecord> *Variables,
                      const std::vector<SiteRecord> *Sites) = 0;
};

/// {"findings": [...]} and, when finish() is given variables,
/// "variables": [...], when given sites, "sites": [...]; keys sorted,
/// indented by 2.
std::unique_ptr<FindingWriter> jsonWriter(llvm::raw_ostream &OS);

/// One SARIF 2.1.0 log with one run: the checks as rules with help text,
/// each finding as a result with its notes as related locations and its
/// fix-its as fixes; keys sorted, indented by 2.
std::unique_ptr<FindingWriter> sarifWriter(llvm::raw_ostream &OS);

/// The fix-its as clang-tidy's --export-fixes YAML, which
/// clang-apply-replacements applies. Insertions that several findings make
/// at one offset are merged into the first of them.
void writeExportedFixes(llvm::raw_ostream &OS,
                        const std::vector<FindingRecord> &Findings,
                        llvm::StringRef BuildDirectory);

} // namespace stacklift

#endif // STACKLIFT_FRONTEND_OUTPUT_H

//===- Baseline.cpp - Findings accepted before, by fingerprint ------------===//

#include "Baseline.h"
#include "FixApplier.h"
#include "Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"
#include <tuple>

using namespace llvm;

namespace stacklift {

std::string baselineDir(StringRef Path) {
  SmallString<256> Dir(Path);
  sys::fs::make_absolute(Dir);
  sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  sys::path::remove_filename(Dir);
  return std::string(Dir);
}

/// \p File relative to \p BaseDir when it lies under it, else absolute.
static std::string relativePath(StringRef File, StringRef BaseDir) {
  SmallString<256> Abs(File);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  StringRef Rel = Abs;
  if (!BaseDir.empty() && Rel.consume_front(BaseDir) &&
      (BaseDir.ends_with("/") || Rel.consume_front("/")))
    return Rel.str();
  return std::string(Abs);
}

/// \p Text with runs of whitespace folded to one space, and trimmed.
static std::string foldSpaces(StringRef Text) {
  SmallVector<StringRef, 8> Words;
  Text.split(Words, ' ', -1, /*KeepEmpty=*/false);
  std::string Out;
  for (StringRef Word : Words) {
    Word = Word.trim();
    if (Word.empty())
      continue;
    if (!Out.empty())
      Out += ' ';
    Out += Word;
  }
  return Out;
}

std::string fingerprint(const FindingRecord &R, StringRef BaseDir) {
  SHA1 Hash;
  std::string Path = relativePath(R.Where.File, BaseDir);
  std::string Line = foldSpaces(R.LineText);
  for (StringRef Part :
       {StringRef(R.Check), StringRef(Path), StringRef(R.Variable),
        StringRef(R.Message), StringRef(Line)}) {
    Hash.update(Part);
    Hash.update(StringRef("\0", 1));
  }
  return toHex(Hash.final(), /*LowerCase=*/true);
}

bool Baseline::consume(StringRef Fingerprint) {
  auto It = Remaining.find(Fingerprint);
  if (It == Remaining.end() || It->second == 0)
    return false;
  --It->second;
  return true;
}

static Error baselineError(StringRef Path, const Twine &What) {
  return createStringError(inconvertibleErrorCode(),
                           "invalid baseline " + Path + ": " + What);
}

Expected<Baseline> Baseline::read(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return createStringError(Buffer.getError(), "cannot read baseline %s: %s",
                             Path.str().c_str(),
                             Buffer.getError().message().c_str());
  Expected<json::Value> Doc = json::parse((*Buffer)->getBuffer());
  if (!Doc)
    return baselineError(Path, toString(Doc.takeError()));
  const json::Object *Top = Doc->getAsObject();
  const json::Array *Entries = Top ? Top->getArray("findings") : nullptr;
  if (!Top || Top->getInteger("version") != 1 || !Entries)
    return baselineError(Path, "expected {\"version\": 1, \"findings\": "
                               "[...]} as written by --write-baseline");
  Baseline B;
  B.BaseDir = baselineDir(Path);
  for (const json::Value &Entry : *Entries) {
    const json::Object *Obj = Entry.getAsObject();
    std::optional<StringRef> FP =
        Obj ? Obj->getString("fingerprint") : std::nullopt;
    if (!FP)
      return baselineError(Path, "a finding has no \"fingerprint\"");
    ++B.Remaining[*FP];
  }
  return B;
}

BaselineEntry baselineEntry(const FindingRecord &R, StringRef BaseDir) {
  return {R.Fingerprint, R.Check, relativePath(R.Where.File, BaseDir),
          R.Variable, R.Message};
}

Error Baseline::write(StringRef Path, std::vector<BaselineEntry> Entries) {
  // Sorted, so that the file diffs well.
  llvm::sort(Entries, [](const BaselineEntry &A, const BaselineEntry &B) {
    return std::tie(A.Fingerprint, A.File, A.Variable) <
           std::tie(B.Fingerprint, B.File, B.Variable);
  });
  json::Array Array;
  for (BaselineEntry &E : Entries)
    Array.push_back(json::Object{
        {"fingerprint", std::move(E.Fingerprint)},
        {"check", std::move(E.Check)},
        {"file", std::move(E.File)},
        {"variable", std::move(E.Variable)},
        {"message", std::move(E.Message)},
    });
  std::string Text;
  raw_string_ostream OS(Text);
  OS << formatv("{0:2}", json::Value(json::Object{
                             {"version", 1}, {"findings", std::move(Array)}}))
     << "\n";
  return writeFileAtomically(Path, Text);
}

} // namespace stacklift

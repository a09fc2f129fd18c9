//===- Output.cpp - JSON, SARIF and exported fixes ------------------------===//

#include "Output.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Version.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include <map>

using namespace llvm;

namespace stacklift {

static json::Object placeJson(const Place &P) {
  return json::Object{{"file", P.File}, {"line", P.Line}, {"column", P.Column}};
}

static json::Array fixesJson(const std::vector<FixRecord> &Fixes) {
  json::Array Out;
  for (const FixRecord &Fix : Fixes) {
    json::Object F = placeJson(Fix.Where);
    F["offset"] = Fix.Offset;
    F["length"] = Fix.Length;
    F["replacement"] = Fix.Replacement;
    // JSON strings are Unicode: bytes that are not UTF-8 become U+FFFD in
    // "replacement", and come exactly in "replacement_base64".
    if (!json::isUTF8(Fix.Replacement))
      F["replacement_base64"] = encodeBase64(Fix.Replacement);
    Out.push_back(std::move(F));
  }
  return Out;
}

/// What a heap profile measured at a finding (--profile): JSON's
/// "measured", SARIF's property bag.
static json::Object measuredJson(const Measurement &M) {
  return json::Object{{"allocations", M.Allocations},
                      {"bytes", M.Bytes},
                      {"temporary", M.Temporary},
                      {"peak", M.Peak},
                      {"saved", M.Saved},
                      {"cold", M.Cold}};
}

static json::Value findingJson(const FindingRecord &R) {
  json::Object Obj = placeJson(R.Where);
  Obj["check"] = R.Check;
  Obj["variable"] = R.Variable;
  Obj["remedy"] = R.Remedy;
  Obj["message"] = R.Message;
  json::Array Notes;
  for (const NoteRecord &N : R.Notes) {
    json::Object Note = placeJson(N.Where);
    Note["message"] = N.Message;
    if (!N.Fixes.empty())
      Note["fixes"] = fixesJson(N.Fixes);
    Notes.push_back(std::move(Note));
  }
  Obj["notes"] = std::move(Notes);
  Obj["fixes"] = fixesJson(R.Fixes);
  if (R.Measured)
    Obj["measured"] = measuredJson(*R.Measured);
  return Obj;
}

namespace {

/// The document is written as json::OStream writes a json::Value with keys
/// sorted: "findings" comes first, so each finding is written as it comes.
class JsonWriter : public FindingWriter {
public:
  explicit JsonWriter(raw_ostream &OS) : J(OS, /*IndentSize=*/2), OS(OS) {
    J.objectBegin();
    J.attributeBegin("findings");
    J.arrayBegin();
  }

  void finding(const FindingRecord &R) override { J.value(findingJson(R)); }

  void finish(const std::vector<VariableRecord> *Variables,
              const std::vector<SiteRecord> *Sites) override {
    J.arrayEnd();
    J.attributeEnd();
    if (Sites)
      J.attributeArray("sites", [&] {
        for (const SiteRecord &S : *Sites)
          J.value(json::Object{{"file", S.Where.File},
                               {"line", S.Where.Line},
                               {"column", S.Where.Column},
                               {"object", S.Object},
                               {"reason", S.Reason},
                               {"detail", S.Detail}});
      });
    if (Variables)
      J.attributeArray("variables", [&] {
        for (const VariableRecord &V : *Variables) {
          json::Object Obj{{"file", V.Where.File},
                           {"line", V.Where.Line},
                           {"variable", V.Variable},
                           {"escapes", V.Escapes}};
          Obj["reason"] = V.Escapes ? json::Value(V.Reason) : nullptr;
          Obj["witness_line"] =
              V.Escapes ? json::Value(V.Witness.Line) : nullptr;
          J.value(std::move(Obj));
        }
      });
    J.objectEnd();
    J.flush();
    OS << "\n";
  }

private:
  json::OStream J;
  raw_ostream &OS;
};

} // namespace

std::unique_ptr<FindingWriter> jsonWriter(raw_ostream &OS) {
  return std::make_unique<JsonWriter>(OS);
}

std::string fileUri(StringRef Path) {
  SmallString<256> Abs(Path);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  std::string Uri = "file://";
  for (unsigned char C : Abs) {
    if (isAlnum(C) || StringRef("/-._~!$&'()*+,;=:@").contains(C))
      Uri += C;
    else
      Uri += "%" + utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Uri;
}

static json::Object sarifLocation(const Place &P) {
  return json::Object{
      {"physicalLocation",
       json::Object{
           {"artifactLocation", json::Object{{"uri", fileUri(P.File)}}},
           {"region",
            json::Object{{"startLine", P.Line}, {"startColumn", P.Column}}}}}};
}

static json::Object sarifFix(const std::vector<FixRecord> &Fixes,
                             const std::string &Description) {
  std::map<std::string, json::Array> ByFile;
  for (const FixRecord &Fix : Fixes) {
    // Text that is not UTF-8 goes as SARIF's "binary" content (Base64),
    // which carries its bytes exactly.
    json::Object Content;
    if (json::isUTF8(Fix.Replacement))
      Content["text"] = Fix.Replacement;
    else
      Content["binary"] = encodeBase64(Fix.Replacement);
    ByFile[Fix.Where.File].push_back(json::Object{
        {"deletedRegion",
         json::Object{{"byteOffset", Fix.Offset}, {"byteLength", Fix.Length}}},
        {"insertedContent", std::move(Content)}});
  }
  json::Array Changes;
  for (auto &[File, Replacements] : ByFile)
    Changes.push_back(
        json::Object{{"artifactLocation", json::Object{{"uri", fileUri(File)}}},
                     {"replacements", std::move(Replacements)}});
  return json::Object{{"description", json::Object{{"text", Description}}},
                      {"artifactChanges", std::move(Changes)}};
}

/// The help text of each check, shown by SARIF viewers.
static std::string helpText(StringRef Check, StringRef Summary) {
  return (Summary + ". See docs/checks/" + Check + ".md in stacklift.").str();
}

namespace {

/// The log is written as json::OStream writes a json::Value with keys
/// sorted; in a run, "results" comes before "tool", so each result is
/// written as it comes.
class SarifWriter : public FindingWriter {
public:
  explicit SarifWriter(raw_ostream &OS) : J(OS, /*IndentSize=*/2), OS(OS) {
    for (const CheckInfo &Info : allChecks()) {
      RuleIndex[Info.Name.str()] = Rules.size();
      Rules.push_back(json::Object{
          {"id", Info.Name},
          {"shortDescription", json::Object{{"text", Info.Summary}}},
          {"fullDescription",
           json::Object{{"text", helpText(Info.Name, Info.Summary)}}},
          {"help", json::Object{{"text", helpText(Info.Name, Info.Summary)}}},
          {"defaultConfiguration", json::Object{{"level", "warning"}}},
      });
    }
    J.objectBegin();
    J.attribute("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    J.attributeBegin("runs");
    J.arrayBegin();
    J.objectBegin();
    J.attribute("columnKind", "unicodeCodePoints");
    J.attributeBegin("results");
    J.arrayBegin();
  }

  void finding(const FindingRecord &R) override {
    json::Object Result{
        {"ruleId", R.Check},
        {"level", "warning"},
        {"message", json::Object{{"text", R.Message}}},
        {"locations", json::Array{sarifLocation(R.Where)}},
        {"partialFingerprints",
         json::Object{{"stackliftFingerprint/v1", R.Fingerprint}}},
    };
    auto Index = RuleIndex.find(R.Check);
    if (Index != RuleIndex.end())
      Result["ruleIndex"] = Index->second;
    json::Array Related;
    for (const NoteRecord &N : R.Notes) {
      json::Object Loc = sarifLocation(N.Where);
      Loc["id"] = Related.size();
      Loc["message"] = json::Object{{"text", N.Message}};
      Related.push_back(std::move(Loc));
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    // The warning's fix, then each note's, each with the replacements
    // grouped by file.
    json::Array Fixes;
    if (!R.Fixes.empty())
      Fixes.push_back(
          sarifFix(R.Fixes, "apply the suggested remedy: " + R.Remedy));
    for (const NoteRecord &N : R.Notes)
      if (!N.Fixes.empty())
        Fixes.push_back(sarifFix(N.Fixes, N.Message));
    if (!Fixes.empty())
      Result["fixes"] = std::move(Fixes);
    if (R.Measured)
      Result["properties"] =
          json::Object{{"measured", measuredJson(*R.Measured)}};
    J.value(std::move(Result));
  }

  void finish(const std::vector<VariableRecord> *,
              const std::vector<SiteRecord> *) override {
    J.arrayEnd();
    J.attributeEnd();
    json::Object Driver{
        {"name", "stacklift"},
        {"version", STACKLIFT_VERSION},
        {"semanticVersion", STACKLIFT_VERSION},
        {"informationUri", "https://github.com/stacklift/stacklift"},
        {"rules", std::move(Rules)}};
    J.attribute("tool", json::Object{{"driver", std::move(Driver)}});
    J.objectEnd();
    J.arrayEnd();
    J.attributeEnd();
    J.attribute("version", "2.1.0");
    J.objectEnd();
    J.flush();
    OS << "\n";
  }

private:
  json::OStream J;
  raw_ostream &OS;
  json::Array Rules;
  std::map<std::string, unsigned> RuleIndex;
};

} // namespace

std::unique_ptr<FindingWriter> sarifWriter(raw_ostream &OS) {
  return std::make_unique<SarifWriter>(OS);
}

namespace {

/// yaml::Output, except for strings that are not UTF-8. yaml::Output writes
/// those as double-quoted scalars cut at the first invalid byte (yaml::escape
/// stops there), so a fix-it that copies a Latin-1 string literal lost the
/// rest of its text. This one leaves a placeholder that holds no byte
/// yaml::Output ever writes (it escapes control characters), and
/// withRawScalars() replaces it with the string double-quoted, its bytes as
/// they are. LLVM's YAML reader, which clang-apply-replacements uses, copies
/// such bytes through unchanged.
class ByteExactOutput : public yaml::Output {
public:
  explicit ByteExactOutput(raw_ostream &OS) : yaml::Output(OS) {}

  void scalarString(StringRef &S, yaml::QuotingType MustQuote) override {
    if (json::isUTF8(S))
      return yaml::Output::scalarString(S, MustQuote);
    std::string Placeholder = "\x01" + std::to_string(Raw.size()) + "\x01";
    Raw.push_back(S.str());
    StringRef P = Placeholder;
    yaml::Output::scalarString(P, yaml::QuotingType::None);
  }

  /// \p Text, written by this output, with every placeholder replaced.
  std::string withRawScalars(StringRef Text) const {
    std::string Out;
    for (size_t At; (At = Text.find('\x01')) != StringRef::npos;) {
      Out += Text.take_front(At);
      size_t End = Text.find('\x01', At + 1);
      size_t I = 0;
      if (End == StringRef::npos ||
          Text.slice(At + 1, End).getAsInteger(10, I) || I >= Raw.size())
        llvm_unreachable("a placeholder that ByteExactOutput did not write");
      Out += quoted(Raw[I]);
      Text = Text.drop_front(End + 1);
    }
    return Out + Text.str();
  }

private:
  /// \p S as a double-quoted YAML scalar: quotes, backslashes and control
  /// characters escaped, every other byte as it is.
  static std::string quoted(StringRef S) {
    std::string Out = "\"";
    for (unsigned char C : S) {
      switch (C) {
      case '"':
        Out += "\\\"";
        break;
      case '\\':
        Out += "\\\\";
        break;
      case '\n':
        Out += "\\n";
        break;
      case '\t':
        Out += "\\t";
        break;
      case '\r':
        Out += "\\r";
        break;
      default:
        if (C < 0x20 || C == 0x7f)
          Out += "\\x" + utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
        else
          Out += static_cast<char>(C);
      }
    }
    return Out + "\"";
  }

  std::vector<std::string> Raw;
};

} // namespace

void writeExportedFixes(raw_ostream &OS,
                        const std::vector<FindingRecord> &Findings,
                        StringRef BuildDirectory) {
  // Each finding's replacements; an insertion at an offset that an earlier
  // finding inserts at joins that finding's.
  struct Pending {
    std::string File;
    unsigned Offset, Length;
    std::string Text;
  };
  std::vector<std::vector<Pending>> PerFinding(Findings.size());
  std::map<std::pair<std::string, unsigned>, std::pair<size_t, size_t>>
      Insertions;
  for (size_t I = 0; I < Findings.size(); ++I)
    for (const FixRecord &Fix : Findings[I].Fixes) {
      if (Fix.Length == 0) {
        auto Key = std::make_pair(Fix.Where.File, Fix.Offset);
        auto It = Insertions.find(Key);
        if (It != Insertions.end()) {
          PerFinding[It->second.first][It->second.second].Text +=
              Fix.Replacement;
          continue;
        }
        Insertions[Key] = {I, PerFinding[I].size()};
      }
      PerFinding[I].push_back(
          {Fix.Where.File, Fix.Offset, Fix.Length, Fix.Replacement});
    }

  clang::tooling::TranslationUnitDiagnostics TU;
  TU.MainSourceFile = Findings.empty() ? "" : Findings.front().Where.File;
  for (size_t I = 0; I < Findings.size(); ++I) {
    const FindingRecord &R = Findings[I];
    clang::tooling::DiagnosticMessage Message(R.Message);
    Message.FilePath = R.Where.File;
    Message.FileOffset = R.Where.Offset;
    for (const Pending &P : PerFinding[I])
      consumeError(Message.Fix[P.File].add(
          clang::tooling::Replacement(P.File, P.Offset, P.Length, P.Text)));
    SmallVector<clang::tooling::DiagnosticMessage, 1> Notes;
    for (const NoteRecord &N : R.Notes) {
      clang::tooling::DiagnosticMessage Note(N.Message);
      Note.FilePath = N.Where.File;
      Note.FileOffset = N.Where.Offset;
      for (const FixRecord &Fix : N.Fixes)
        consumeError(Note.Fix[Fix.Where.File].add(clang::tooling::Replacement(
            Fix.Where.File, Fix.Offset, Fix.Length, Fix.Replacement)));
      Notes.push_back(std::move(Note));
    }
    TU.Diagnostics.emplace_back(R.Check, Message, Notes,
                                clang::tooling::Diagnostic::Warning,
                                BuildDirectory);
  }
  std::string Text;
  raw_string_ostream TextOS(Text);
  ByteExactOutput YAML(TextOS);
  YAML << TU;
  OS << YAML.withRawScalars(Text);
}

} // namespace stacklift

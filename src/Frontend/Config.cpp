//===- Config.cpp - clang-tidy configuration for the standalone tool ------===//

#include "Config.h"
#include "stacklift/Driver/CoreCheck.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace stacklift {

static Error configError(StringRef Source, const Twine &What) {
  return createStringError(inconvertibleErrorCode(),
                           "invalid configuration in " + Source + ": " + What);
}

/// The scalar text of \p Node, or std::nullopt when it is not a scalar.
static std::optional<std::string> scalar(yaml::Node *Node) {
  auto *Scalar = dyn_cast_or_null<yaml::ScalarNode>(Node);
  if (!Scalar)
    return std::nullopt;
  SmallString<64> Storage;
  return Scalar->getValue(Storage).str();
}

/// Reads the value of CheckOptions. LLVM's YAML parser hands out a null node
/// where it met a syntax error (an unterminated quote, say): every node is
/// checked before use, and the caller checks the parser's diagnostics.
static Error readCheckOptions(yaml::Node *Node, StringRef Source,
                              ConfigLayer &Layer) {
  if (auto *Map = dyn_cast_or_null<yaml::MappingNode>(Node)) {
    for (yaml::KeyValueNode &Entry : *Map) {
      std::optional<std::string> Key = scalar(Entry.getKey());
      std::optional<std::string> Value = scalar(Entry.getValue());
      if (!Key || !Value)
        return configError(Source, "each CheckOptions entry must map an "
                                   "option name to a scalar value");
      Layer.CheckOptions[*Key] = *Value;
    }
    return Error::success();
  }
  if (auto *List = dyn_cast_or_null<yaml::SequenceNode>(Node)) {
    for (yaml::Node &Item : *List) {
      auto *Pair = dyn_cast<yaml::MappingNode>(&Item);
      if (!Pair)
        return configError(Source, "each CheckOptions item must be "
                                   "{key: ..., value: ...}");
      std::optional<std::string> Key, Value;
      for (yaml::KeyValueNode &Field : *Pair) {
        std::optional<std::string> Name = scalar(Field.getKey());
        if (Name && *Name == "key")
          Key = scalar(Field.getValue());
        else if (Name && *Name == "value")
          Value = scalar(Field.getValue());
      }
      if (!Key || !Value)
        return configError(Source, "each CheckOptions item must be "
                                   "{key: ..., value: ...}");
      Layer.CheckOptions[*Key] = *Value;
    }
    return Error::success();
  }
  return configError(Source, "CheckOptions must be a mapping or a list");
}

std::string closestName(StringRef Name, ArrayRef<std::string> Candidates) {
  std::string Best;
  unsigned BestDistance = std::max<unsigned>(2, Name.size() / 4) + 1;
  for (const std::string &Candidate : Candidates) {
    unsigned Distance =
        Name.edit_distance(Candidate, /*AllowReplacements=*/true, BestDistance);
    if (Distance < BestDistance) {
      Best = Candidate;
      BestDistance = Distance;
    }
  }
  return Best;
}

/// The option names each check reads: recorded by building each check with
/// a lookup that answers nothing, so the list is whatever the checks ask.
static const StringMap<std::vector<std::string>> &optionsByCheck() {
  static const StringMap<std::vector<std::string>> Options = [] {
    StringMap<std::vector<std::string>> ByCheck;
    for (const CheckInfo &Info : allChecks()) {
      StringSet<> Names;
      Expected<std::unique_ptr<CoreCheck>> Check =
          Info.Create([&](StringRef Local) -> std::optional<std::string> {
            Names.insert(Local);
            return std::nullopt;
          });
      if (!Check)
        consumeError(Check.takeError());
      std::vector<std::string> &Full = ByCheck[Info.Name];
      for (const auto &Name : Names)
        Full.push_back((Info.Name + "." + Name.getKey()).str());
      llvm::sort(Full);
    }
    return ByCheck;
  }();
  return Options;
}

/// Warns about \p Key, a CheckOptions key that names a stacklift check or
/// something close to one, when no check reads it. Other checks' options
/// are clang-tidy's business.
static void verifyOption(StringRef Key, StringRef Source,
                         std::vector<std::string> &Warnings) {
  StringRef Check = Key.split('.').first;
  const StringMap<std::vector<std::string>> &Known = optionsByCheck();
  auto It = Known.find(Check);
  if (It != Known.end()) {
    if (llvm::is_contained(It->second, Key))
      return;
    std::string Close = closestName(Key, It->second);
    Warnings.push_back(
        (Source + ": unknown option '" + Key + "'" +
         (Close.empty() ? "" : "; did you mean '" + Close + "'?"))
            .str());
    return;
  }
  std::vector<std::string> Checks;
  for (const auto &Entry : Known)
    Checks.push_back(Entry.getKey().str());
  std::string Close = closestName(Check, Checks);
  if (!Check.starts_with("stacklift-") && Close.empty())
    return;
  Warnings.push_back((Source + ": option '" + Key +
                      "' names no stacklift check" +
                      (Close.empty() ? "" : "; did you mean '" + Close + "'?"))
                         .str());
}

/// The top-level keys of clang-tidy's configuration (clang-tidy 22).
static constexpr StringLiteral ClangTidyKeys[] = {
    "Checks",
    "CheckOptions",
    "CustomChecks",
    "ExcludeHeaderFilterRegex",
    "ExtraArgs",
    "ExtraArgsBefore",
    "FormatStyle",
    "HeaderFileExtensions",
    "HeaderFilterRegex",
    "ImplementationFileExtensions",
    "InheritParentConfig",
    "RemovedArgs",
    "SystemHeaders",
    "UseColor",
    "User",
    "WarningsAsErrors",
};

/// Warns about a top-level key that clang-tidy does not know either.
static void verifyKey(StringRef Key, StringRef Source,
                      std::vector<std::string> &Warnings) {
  if (llvm::is_contained(ClangTidyKeys, Key))
    return;
  std::vector<std::string> Keys(std::begin(ClangTidyKeys),
                                std::end(ClangTidyKeys));
  std::string Close = closestName(Key, Keys);
  Warnings.push_back((Source + ": unknown key '" + Key + "'" +
                      (Close.empty() ? "" : "; did you mean '" + Close + "'?"))
                         .str());
}

/// Reads one top-level entry, \p Key: \p Value, into \p Layer. \p Diagnostic
/// is the YAML parser's first message, if any: it says more than ours.
static Error readEntry(StringRef Key, yaml::Node *Value, StringRef Source,
                       const std::string &Diagnostic, ConfigLayer &Layer) {
  if (Key == "CheckOptions") {
    Error E = readCheckOptions(Value, Source, Layer);
    if (!E || Diagnostic.empty())
      return E;
    consumeError(std::move(E));
    return configError(Source, Diagnostic);
  }
  if (Key == "InheritParentConfig") {
    std::optional<std::string> Flag = scalar(Value);
    std::optional<bool> B = Flag ? parseBool(*Flag) : std::nullopt;
    if (!B)
      return configError(Source, "InheritParentConfig must be true or "
                                 "false");
    Layer.InheritParentConfig = *B;
    return Error::success();
  }
  Value->skip(); // Checks, HeaderFilterRegex, ...: clang-tidy's business.
  verifyKey(Key, Source, Layer.Warnings);
  return Error::success();
}

Expected<ConfigLayer> parseConfigLayer(StringRef Text, StringRef Source) {
  SourceMgr SM;
  std::string Diagnostic;
  SM.setDiagHandler(
      [](const SMDiagnostic &D, void *Out) {
        if (static_cast<std::string *>(Out)->empty())
          *static_cast<std::string *>(Out) =
              ("line " + Twine(D.getLineNo()) + ": " + D.getMessage()).str();
      },
      &Diagnostic);
  yaml::Stream Stream(Text, SM);
  ConfigLayer Layer;
  yaml::document_iterator Doc = Stream.begin();
  if (Doc == Stream.end())
    return Layer;
  yaml::Node *Root = Doc->getRoot();
  if (!Diagnostic.empty())
    return configError(Source, Diagnostic);
  if (!Root || isa<yaml::NullNode>(Root))
    return Layer;
  auto *Top = dyn_cast<yaml::MappingNode>(Root);
  if (!Top)
    return configError(Source, "expected a mapping such as "
                               "'{CheckOptions: {...}}'");
  for (yaml::KeyValueNode &Entry : *Top) {
    std::optional<std::string> Key = scalar(Entry.getKey());
    if (!Diagnostic.empty())
      return configError(Source, Diagnostic);
    if (!Key)
      return configError(Source, "keys must be plain names");
    yaml::Node *Value = Entry.getValue();
    if (!Diagnostic.empty())
      return configError(Source, Diagnostic);
    if (!Value)
      return configError(Source, "'" + *Key + "' has no value");
    if (Error E = readEntry(*Key, Value, Source, Diagnostic, Layer))
      return std::move(E);
    if (!Diagnostic.empty())
      return configError(Source, Diagnostic);
  }
  if (!Diagnostic.empty())
    return configError(Source, Diagnostic);
  for (const auto &Option : Layer.CheckOptions)
    verifyOption(Option.getKey(), Source, Layer.Warnings);
  llvm::sort(Layer.Warnings);
  return Layer;
}

OptionLookup lookupFor(const ConfigLayer &Layer, StringRef Check) {
  std::string Prefix = (Check + ".").str();
  return [&Layer, Prefix](StringRef Local) -> std::optional<std::string> {
    auto It = Layer.CheckOptions.find(Prefix + Local.str());
    if (It == Layer.CheckOptions.end())
      return std::nullopt;
    return It->second;
  };
}

Expected<ConfigLayer> ConfigResolver::layerFor(StringRef Dir) {
  auto Cached = DirCache.find(Dir);
  if (Cached != DirCache.end())
    return Cached->second;

  SmallString<256> File(Dir);
  sys::path::append(File, ".clang-tidy");
  StringRef Parent = sys::path::parent_path(Dir);
  ConfigLayer Result;
  if (sys::fs::is_regular_file(File)) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(File);
    if (!Buffer)
      return configError(File,
                         "cannot read it: " + Buffer.getError().message());
    Expected<ConfigLayer> Layer =
        parseConfigLayer((*Buffer)->getBuffer(), File);
    if (!Layer)
      return Layer.takeError();
    for (const std::string &Warning : Layer->Warnings)
      errs() << "warning: " << Warning << "\n";
    Result = std::move(*Layer);
    if (Result.InheritParentConfig && !Parent.empty() && Parent != Dir) {
      Expected<ConfigLayer> Inherited = layerFor(Parent);
      if (!Inherited)
        return Inherited.takeError();
      for (const auto &Entry : Inherited->CheckOptions)
        Result.CheckOptions.try_emplace(Entry.getKey(), Entry.getValue());
    }
  } else if (!Parent.empty() && Parent != Dir) {
    Expected<ConfigLayer> Inherited = layerFor(Parent);
    if (!Inherited)
      return Inherited.takeError();
    Result = std::move(*Inherited);
  }
  DirCache[Dir] = Result;
  return Result;
}

Expected<ConfigLayer> ConfigResolver::layerForFile(StringRef File) {
  if (Explicit)
    return *Explicit;
  std::lock_guard<std::mutex> Guard(Lock);
  SmallString<256> Absolute(File);
  sys::fs::make_absolute(Absolute);
  sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return layerFor(sys::path::parent_path(Absolute));
}

} // namespace stacklift

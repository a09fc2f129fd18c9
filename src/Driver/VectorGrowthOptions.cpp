//===- VectorGrowthOptions.cpp - Options of stacklift-vector-growth -------===//

#include "stacklift/Driver/VectorGrowthOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace stacklift {

std::optional<bool> parseBool(llvm::StringRef Value) {
  Value = Value.trim();
  if (Value.equals_insensitive("true") || Value == "1")
    return true;
  if (Value.equals_insensitive("false") || Value == "0")
    return false;
  return std::nullopt;
}

static llvm::Error invalidValue(llvm::StringRef Name, llvm::StringRef Value,
                                llvm::StringRef Expected) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "invalid value '%s' for option '%s.%s'; expected %s", Value.str().c_str(),
      VectorGrowthCheckName.data(), Name.str().c_str(), Expected.str().c_str());
}

static llvm::Error readBool(const OptionLookup &Lookup, llvm::StringRef Name,
                            bool &Out) {
  if (std::optional<std::string> Value = Lookup(Name)) {
    std::optional<bool> B = parseBool(*Value);
    if (!B)
      return invalidValue(Name, *Value, "true or false");
    Out = *B;
  }
  return llvm::Error::success();
}

static llvm::Error readBytes(const OptionLookup &Lookup, llvm::StringRef Name,
                             uint64_t &Out) {
  if (std::optional<std::string> Value = Lookup(Name)) {
    uint64_t N;
    if (llvm::StringRef(*Value).trim().getAsInteger(10, N) || N > (1u << 30))
      return invalidValue(Name, *Value, "a number of bytes");
    Out = N;
  }
  return llvm::Error::success();
}

/// A template name such as boost::container::static_vector, or empty.
static llvm::Error readTemplate(const OptionLookup &Lookup,
                                llvm::StringRef Name, std::string &Out) {
  if (std::optional<std::string> Value = Lookup(Name)) {
    llvm::StringRef V = llvm::StringRef(*Value).trim();
    if (!llvm::all_of(
            V, [](char C) { return llvm::isAlnum(C) || C == '_' || C == ':'; }))
      return invalidValue(Name, *Value, "a qualified template name");
    Out = V.str();
  }
  return llvm::Error::success();
}

/// A header as #include spells it, <...> or "...", or a bare path (taken as
/// <...>); empty allowed.
static llvm::Error readHeader(const OptionLookup &Lookup, llvm::StringRef Name,
                              std::string &Out) {
  if (std::optional<std::string> Value = Lookup(Name)) {
    llvm::StringRef V = llvm::StringRef(*Value).trim();
    if (!V.empty() && !(V.starts_with("<") && V.ends_with(">")) &&
        !(V.starts_with("\"") && V.ends_with("\"") && V.size() > 1))
      Out = "<" + V.str() + ">";
    else
      Out = V.str();
    if (llvm::StringRef(Out).contains_insensitive("\n"))
      return invalidValue(Name, *Value, "a header name");
  }
  return llvm::Error::success();
}

llvm::Expected<VectorGrowthOptions>
parseVectorGrowthOptions(const OptionLookup &Lookup) {
  VectorGrowthOptions Opts;
  if (std::optional<std::string> Classes = Lookup(option::VectorLikeClasses)) {
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::StringRef(*Classes).split(Parts, ';', /*MaxSplit=*/-1,
                                    /*KeepEmpty=*/false);
    Opts.VectorLikeClasses.clear();
    for (llvm::StringRef Part : Parts)
      if (!Part.trim().empty())
        Opts.VectorLikeClasses.push_back(Part.trim().str());
    if (Opts.VectorLikeClasses.empty())
      return invalidValue(option::VectorLikeClasses, *Classes,
                          "a ';'-separated list of class names");
  }
  if (llvm::Error E =
          readBool(Lookup, option::EnableReserve, Opts.EnableReserve))
    return std::move(E);
  if (llvm::Error E = readBool(Lookup, option::EnableFixedCapacity,
                               Opts.EnableFixedCapacity))
    return std::move(E);
  if (llvm::Error E =
          readBool(Lookup, option::EnableInlineBuffer, Opts.EnableInlineBuffer))
    return std::move(E);
  if (llvm::Error E =
          readBytes(Lookup, option::MaxStackBytes, Opts.MaxStackBytes))
    return std::move(E);
  if (llvm::Error E =
          readBytes(Lookup, option::InlineBufferBytes, Opts.InlineBufferBytes))
    return std::move(E);
  if (llvm::Error E = readTemplate(Lookup, option::FixedCapacityType,
                                   Opts.FixedCapacityType))
    return std::move(E);
  if (llvm::Error E = readHeader(Lookup, option::FixedCapacityHeader,
                                 Opts.FixedCapacityHeader))
    return std::move(E);
  if (llvm::Error E =
          readTemplate(Lookup, option::InlineVectorType, Opts.InlineVectorType))
    return std::move(E);
  if (llvm::Error E = readHeader(Lookup, option::InlineVectorHeader,
                                 Opts.InlineVectorHeader))
    return std::move(E);
  if (std::optional<std::string> Min = Lookup(option::ProfileMinAllocations)) {
    uint64_t N;
    if (llvm::StringRef(*Min).trim().getAsInteger(10, N))
      return invalidValue(option::ProfileMinAllocations, *Min,
                          "a number of allocations");
    Opts.ProfileMinAllocations = N;
  }
  if (std::optional<std::string> Profiles = Lookup(option::Profile)) {
    llvm::SmallVector<llvm::StringRef, 2> Parts;
    llvm::StringRef(*Profiles).split(Parts, ';', /*MaxSplit=*/-1,
                                     /*KeepEmpty=*/false);
    for (llvm::StringRef Part : Parts)
      if (!Part.trim().empty())
        Opts.Profiles.push_back(Part.trim().str());
  }
  if (std::optional<std::string> Style = Lookup(option::IncludeStyle)) {
    llvm::StringRef S = llvm::StringRef(*Style).trim();
    if (S != "llvm" && S != "google")
      return invalidValue(option::IncludeStyle, *Style, "llvm or google");
    Opts.IncludeStyle = S.str();
  }
  return Opts;
}

std::vector<std::pair<std::string, std::string>>
VectorGrowthOptions::toStrings() const {
  auto Bool = [](bool B) { return std::string(B ? "true" : "false"); };
  return {
      {option::VectorLikeClasses.str(), llvm::join(VectorLikeClasses, ";")},
      {option::EnableReserve.str(), Bool(EnableReserve)},
      {option::EnableFixedCapacity.str(), Bool(EnableFixedCapacity)},
      {option::EnableInlineBuffer.str(), Bool(EnableInlineBuffer)},
      {option::MaxStackBytes.str(), std::to_string(MaxStackBytes)},
      {option::InlineBufferBytes.str(), std::to_string(InlineBufferBytes)},
      {option::FixedCapacityType.str(), FixedCapacityType},
      {option::FixedCapacityHeader.str(), FixedCapacityHeader},
      {option::InlineVectorType.str(), InlineVectorType},
      {option::InlineVectorHeader.str(), InlineVectorHeader},
      {option::IncludeStyle.str(), IncludeStyle},
      {option::Profile.str(), llvm::join(Profiles, ";")},
      {option::ProfileMinAllocations.str(),
       std::to_string(ProfileMinAllocations)},
  };
}

} // namespace stacklift

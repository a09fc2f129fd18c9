//===- StdModel.cpp - The standard library names the escape analysis knows ===//

#include "stacklift/Analysis/Escape/StdModel.h"
#include "llvm/ADT/STLExtras.h"

namespace stacklift {

namespace {
template <typename Kind> struct NameRow {
  const char *Name;
  Kind What;
};
} // namespace

/// The kind of \p Name in \p Table, or \p Default.
template <typename Kind, size_t N>
static Kind lookup(const NameRow<Kind> (&Table)[N], llvm::StringRef Name,
                   Kind Default) {
  for (const NameRow<Kind> &Row : Table)
    if (Name == Row.Name)
      return Row.What;
  return Default;
}

StdFunction classifyStdFunction(llvm::StringRef Name) {
  using F = StdFunction;
  static constexpr NameRow<F> Functions[] = {
      {"move", F::Identity},
      {"forward", F::Identity},
      {"move_if_noexcept", F::Identity},
      {"as_const", F::Identity},
      {"addressof", F::AddressOf},
      {"launder", F::PointerValue},
      {"to_address", F::PointerValue},
      {"make_unique", F::MakeOnHeap},
      {"make_shared", F::MakeOnHeap},
      {"allocate_shared", F::MakeOnHeap},
      {"make_unique_for_overwrite", F::MakeOnHeap},
      {"async", F::Async},
      {"begin", F::ElementAccess},
      {"end", F::ElementAccess},
      {"cbegin", F::ElementAccess},
      {"cend", F::ElementAccess},
      {"rbegin", F::ElementAccess},
      {"rend", F::ElementAccess},
      {"data", F::ElementAccess},
      {"swap", F::Swap},
      {"tie", F::RefersToArguments},
      {"forward_as_tuple", F::RefersToArguments},
      {"ref", F::RefersToArguments},
      {"cref", F::RefersToArguments},
      {"back_inserter", F::RefersToArguments},
      {"front_inserter", F::RefersToArguments},
      {"inserter", F::RefersToArguments},
      {"get", F::RefersToArguments},
      {"get_if", F::RefersToArguments},
      {"make_pair", F::HoldsArguments},
      {"make_tuple", F::HoldsArguments},
      {"make_optional", F::HoldsArguments},
      {"tuple_cat", F::HoldsArguments},
  };
  return lookup(Functions, Name, F::Other);
}

bool designatesStdArgument(llvm::StringRef Name) {
  return llvm::is_contained({"move", "forward", "get", "as_const"}, Name);
}

StdContainerMethod classifyStdContainerMethod(llvm::StringRef Name) {
  using M = StdContainerMethod;
  static constexpr NameRow<M> Methods[] = {
      {"swap", M::Swap},           {"push_back", M::Store},
      {"emplace_back", M::Store},  {"push_front", M::Store},
      {"emplace_front", M::Store}, {"insert", M::Store},
      {"emplace", M::Store},       {"emplace_hint", M::Store},
      {"assign", M::Store},        {"resize", M::Store},
      {"try_emplace", M::Store},   {"insert_or_assign", M::Store},
      {"append", M::Store},
  };
  return lookup(Methods, Name, M::Other);
}

StdClass classifyStdClass(llvm::StringRef Name) {
  using C = StdClass;
  static constexpr NameRow<C> Classes[] = {
      {"vector", C::Container},
      {"basic_string", C::Container},
      {"deque", C::Container},
      {"list", C::Container},
      {"forward_list", C::Container},
      {"map", C::Container},
      {"multimap", C::Container},
      {"set", C::Container},
      {"multiset", C::Container},
      {"unordered_map", C::Container},
      {"unordered_multimap", C::Container},
      {"unordered_set", C::Container},
      {"unordered_multiset", C::Container},
      {"function", C::CallableWrapper},
      {"move_only_function", C::CallableWrapper},
      {"copyable_function", C::CallableWrapper},
      {"packaged_task", C::CallableWrapper},
      {"thread", C::Thread},
      {"jthread", C::Thread},
      {"span", C::View},
      {"basic_string_view", C::View},
      {"reference_wrapper", C::ReferenceHolder},
      {"back_insert_iterator", C::ReferenceHolder},
      {"front_insert_iterator", C::ReferenceHolder},
      {"insert_iterator", C::ReferenceHolder},
      {"unique_ptr", C::SmartPointer},
      {"shared_ptr", C::SmartPointer},
      {"weak_ptr", C::SmartPointer},
  };
  return lookup(Classes, Name, C::Other);
}

bool isNamedLikeVector(llvm::StringRef Class) {
  return Class.ends_with_insensitive("vector");
}

bool isNamedLikeIterator(llvm::StringRef Class) {
  return Class.contains("iterator");
}

bool isStdPointerLike(llvm::StringRef Class) {
  switch (classifyStdClass(Class)) {
  case StdClass::SmartPointer:
  case StdClass::View:
  case StdClass::ReferenceHolder:
    return true;
  default:
    return isNamedLikeIterator(Class);
  }
}

} // namespace stacklift

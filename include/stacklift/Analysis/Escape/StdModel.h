//===- StdModel.h - The std names the escape analysis knows -----*- C++ -*-===//
//
// The escape analysis never reads `std` bodies: it models the standard
// library by name (docs/design/EscapeAnalysis.md, "Calls"). Every name it
// knows is listed here, in one table per question. A lookup answers for an
// unqualified name only; the caller checks that the declaration is in
// namespace `std` and that the call has the shape the model assumes (a free
// function or a method, the number of arguments).
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_ESCAPE_STDMODEL_H
#define STACKLIFT_ANALYSIS_ESCAPE_STDMODEL_H

#include "llvm/ADT/StringRef.h"

namespace stacklift {

/// What a free `std` function does with its arguments.
enum class StdFunction {
  /// Keeps nothing; a pointer or iterator result may point into the
  /// arguments: the algorithms, the ranges, everything not listed.
  Other,
  /// move, forward, move_if_noexcept, as_const: with one argument, the
  /// argument itself.
  Identity,
  /// addressof: with one argument, its address.
  AddressOf,
  /// launder, to_address: with one argument, the pointer's value.
  PointerValue,
  /// make_unique, make_shared, allocate_shared, make_unique_for_overwrite:
  /// the arguments are stored in a new heap object.
  MakeOnHeap,
  /// async: the arguments are kept by the callee.
  Async,
  /// begin, end, cbegin, cend, rbegin, rend, data: on one container, a
  /// pointer into its elements.
  ElementAccess,
  /// swap: two objects exchange what they hold.
  Swap,
  /// tie, forward_as_tuple, ref, cref, the inserters, get, get_if: a result
  /// that refers to the arguments.
  RefersToArguments,
  /// make_pair, make_tuple, make_optional, tuple_cat: a result that holds
  /// the arguments, copied from lvalues.
  HoldsArguments,
};

/// What the free `std` function named \p Name does with its arguments.
StdFunction classifyStdFunction(llvm::StringRef Name);

/// True for the `std` functions whose call with one argument designates the
/// argument's object, so that a store into the result is a store into the
/// argument: move, forward, as_const, get.
bool designatesStdArgument(llvm::StringRef Name);

/// What a method of a standard container does with its arguments. Whatever
/// it does, a pointer or reference result points into the storage.
enum class StdContainerMethod {
  /// Stores none of its arguments (size, reserve, clear, find, data,
  /// begin...).
  Other,
  /// swap: the two containers exchange their storage.
  Swap,
  /// push_back, emplace, insert, assign, resize, append...: the arguments
  /// are stored in the storage.
  Store,
};

/// What the standard container method named \p Name does.
StdContainerMethod classifyStdContainerMethod(llvm::StringRef Name);

/// The `std` classes the model knows.
enum class StdClass {
  /// pair, tuple, optional and the rest: an object that holds what its
  /// constructor is given.
  Other,
  /// vector, basic_string, deque, the lists, maps and sets: an object that
  /// owns storage for its elements.
  Container,
  /// function, move_only_function, copyable_function, packaged_task: copies
  /// its callable to the heap; a call through it is opaque.
  CallableWrapper,
  /// thread, jthread: copies its callable and arguments to the heap.
  Thread,
  /// span, basic_string_view: points into what it is constructed from.
  View,
  /// reference_wrapper and the insert iterators: refers to what it is
  /// constructed from.
  ReferenceHolder,
  /// unique_ptr, shared_ptr, weak_ptr.
  SmartPointer,
};

/// Which of the modelled `std` classes \p Name is.
StdClass classifyStdClass(llvm::StringRef Name);

/// True for a class named like a vector (SmallVector, small_vector...),
/// which the model treats as a container wherever it is declared.
bool isNamedLikeVector(llvm::StringRef Class);

/// True for a class named like an iterator, in `std` or not.
bool isNamedLikeIterator(llvm::StringRef Class);

/// True for a `std` class whose value is a pointer to what it refers to (a
/// smart pointer, a view, a reference holder, an iterator), as opposed to
/// an object holding its contents.
bool isStdPointerLike(llvm::StringRef Class);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_ESCAPE_STDMODEL_H

#pragma once

#include "EngineError.h"

#include <optional>
#include <utility>

// Success marker for operations that return nothing but may fail.
struct Done
{
};

// Either a value or an EngineError. Engine functions return this instead of throwing.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(EngineError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }

    const EngineError& error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<EngineError> m_error;
};

using Status = Result<Done>;

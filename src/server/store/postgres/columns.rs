//! How the domain's numbered types are kept in a column: as `BIGINT`, the PostgreSQL twin of
//! `sqlite/columns.rs`.

use crate::model::{EventId, Version};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgValueRef, Postgres};
use sqlx::{Decode, Encode, Type};

/// Implements a column type for a domain type kept as an `i64`, given how to read one
/// back (which may refuse the number, as `EventId` refuses 0).
macro_rules! integer_column {
    ($type:ty, $from:expr) => {
        impl Type<Postgres> for $type {
            fn type_info() -> PgTypeInfo {
                <i64 as Type<Postgres>>::type_info()
            }

            fn compatible(ty: &PgTypeInfo) -> bool {
                <i64 as Type<Postgres>>::compatible(ty)
            }
        }

        impl Encode<'_, Postgres> for $type {
            fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
                <i64 as Encode<'_, Postgres>>::encode(self.number(), buf)
            }
        }

        impl<'r> Decode<'r, Postgres> for $type {
            fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                let number = <i64 as Decode<'r, Postgres>>::decode(value)?;
                ($from)(number)
            }
        }
    };
}

integer_column!(EventId, |n| EventId::try_from(n).map_err(Into::into));
integer_column!(Version, |n| Ok(Version::from(n)));

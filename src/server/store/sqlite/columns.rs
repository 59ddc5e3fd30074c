//! How the domain's numbered types are kept in a column: as whole numbers. The domain
//! (`model`) knows nothing of the database; this is where the two meet.

use crate::model::{EventId, Version};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::sqlite::{Sqlite, SqliteArgumentValue, SqliteTypeInfo, SqliteValueRef};
use sqlx::{Decode, Encode, Type};

/// Implements a column type for a domain type kept as an `i64`, given how to read one
/// back (which may refuse the number, as `EventId` refuses 0).
macro_rules! integer_column {
    ($type:ty, $from:expr) => {
        impl Type<Sqlite> for $type {
            fn type_info() -> SqliteTypeInfo {
                <i64 as Type<Sqlite>>::type_info()
            }

            fn compatible(ty: &SqliteTypeInfo) -> bool {
                <i64 as Type<Sqlite>>::compatible(ty)
            }
        }

        impl<'q> Encode<'q, Sqlite> for $type {
            fn encode_by_ref(
                &self,
                buf: &mut Vec<SqliteArgumentValue<'q>>,
            ) -> Result<IsNull, BoxDynError> {
                <i64 as Encode<'q, Sqlite>>::encode(self.number(), buf)
            }
        }

        impl<'r> Decode<'r, Sqlite> for $type {
            fn decode(value: SqliteValueRef<'r>) -> Result<Self, BoxDynError> {
                let number = <i64 as Decode<'r, Sqlite>>::decode(value)?;
                ($from)(number)
            }
        }
    };
}

integer_column!(EventId, |n| EventId::try_from(n).map_err(Into::into));
integer_column!(Version, |n| Ok(Version::from(n)));

# The words of the editors' pages (sign-in, the event list, the event form, the audit
# trail), in Korean. Every message in ../en/editors.ftl must also be here and in
# ../ja/editors.ftl (a test compares the three).

## Navigation and signing in

admin = 관리
admin-events = 사건 목록
admin-new-event = 새 사건
admin-audit = 감사 기록
sign-out = 로그아웃
sign-in-lede = 연표 편집자 전용 페이지입니다.
username = 사용자 이름
password = 비밀번호
sign-in-refused = 사용자 이름 또는 비밀번호가 올바르지 않습니다.
sign-in-paused = { $minutes ->
   *[other] 로그인에 여러 번 실패하여 로그인을 잠시 막았습니다. { $minutes }분 후에 다시 시도해 주세요.
}

## The list of events

admin-events-title = 관리: 사건
admin-search-label = 제목과 요약 검색
admin-translations = 번역
admin-translations-any = 전체
admin-translations-missing = 미번역 언어 있음
admin-translations-outdated = 영어 원문보다 오래됨
loading-events = 사건을 불러오는 중…
no-events-match = 일치하는 사건이 없습니다.
showing-most-recent = 최근에 변경된 사건 { $count }건을 표시합니다. 다른 사건은 검색해서 찾아 주세요.
column-date = 날짜
column-title = 제목
column-category = 분야
column-translations = 번역
column-status = 상태
status-retired = 게시 중단됨
status-published = 공개됨
# $language is the code of the translation's language: en, ko or ja.
translation-missing = { $language ->
        [ko] 한국어
        [ja] 일본어
       *[en] 영어
    } 번역 없음
translation-outdated = { $language ->
        [ko] 한국어
        [ja] 일본어
       *[en] 영어
    } 번역이 영어 원문보다 오래됨
translations-complete = 완료

## The audit trail

admin-audit-title = 관리: 감사 기록
loading-audit = 감사 기록을 불러오는 중…
column-when = 일시(UTC)
column-who = 사용자
column-from = IP 주소
column-what = 작업
column-changes = 변경 내용
older-entries = 이전 기록
audit-sign-in = 로그인
audit-sign-in-failed = 로그인 실패
audit-sign-out = 로그아웃
audit-create = 사건 { $id } 생성
audit-edit = 사건 { $id } 편집
audit-retire = 사건 { $id } 게시 중단
audit-restore = 사건 { $id } 다시 게시

## Readers' reports of errors

admin-reports = 오류 신고
admin-reports-new = 새 신고 { $count }건
admin-reports-title = 관리: 오류 신고
report-states = 상태별 신고
report-state-new = 새 신고
report-state-accepted = 수용
report-state-declined = 기각
report-state-any = 전체
loading-reports = 신고를 불러오는 중…
reports-none = 해당하는 신고가 없습니다.
column-report = 신고 (접수 시각, UTC)
column-event = 사건
column-reported = 독자가 쓴 내용
column-state = 상태
older-reports = 이전 신고
report-source-label = 출처
report-email-label = 이메일
report-lang-label = 페이지 언어
report-answer-heading = 신고 { $reference }
report-answer-saved = 답변을 저장했습니다. 신고 상태 페이지에 표시됩니다.
report-answer-conflict = 다른 편집자가 먼저 이 신고에 답변했으며, 그 답변이 유지됩니다. 작성하신 답변은 아래에 남아 있습니다.
report-answered = { $who }님이 { $date }(UTC)에 답변
report-decision = 결정
report-accept = 수용: 사건을 수정했거나 수정할 예정
report-decline = 기각
report-reply = 답변 (참조 번호를 가진 사람에게 표시됨)
report-save-answer = 답변 저장
audit-accept-report = 사건 { $id }에 대한 신고 수용
audit-decline-report = 사건 { $id }에 대한 신고 기각

## The event form

new-event-title = 새 사건
edit-event-title = 사건 { $id } 편집
loading-form = 입력 양식을 불러오는 중…
saved = 저장했습니다.
saved-retired = 게시를 중단했습니다. 이제 독자에게 이 사건이 표시되지 않습니다.
saved-restored = 다시 게시했습니다. 독자에게 이 사건이 다시 표시됩니다.
nothing-saved = 저장되지 않았습니다. 아래에 표시된 항목을 고쳐 주세요.
event-retired = 게시 중단됨: 독자에게 표시되지 않습니다.
event-published = 공개 중입니다.
permanent-page = 고유 페이지
save = 저장
# The button beside Save: the form is checked, and the event shown as readers would see it.
preview = 미리 보기
preview-heading = 미리 보기: 저장되지 않음
preview-lede = 입력한 내용으로 만든, 독자가 각 언어로 보게 될 사건 페이지입니다. 저장을 누르기 전에는 아무것도 저장되지 않습니다.
# $language is the name of a readers' language: "일본어".
preview-in = { $language } 페이지
field-title = 제목
field-summary = 요약
field-summary-hint = 연표에 표시되는 한두 문장입니다.
field-body = 본문(선택)
field-body-hint = 사건 페이지에 표시되는 전체 설명입니다. 문단은 빈 줄로 구분해 주세요.
# A field of the event's words in another language: "일본어 제목". $language is the code
# of that language: en, ko or ja.
field-in-language = { $language ->
        [ko] 한국어
        [ja] 일본어
       *[en] 영어
    } { $field }
translation-hint = 번역하기 전에는 세 항목을 모두 비워 두세요. 그동안 독자에게는 아직 번역되지 않았다는 안내와 함께 영어 원문이 보입니다.
translation-outdated-warning = 이 번역을 작성한 뒤에 영어 원문이 바뀌었습니다. 저장하기 전에 영어 원문과 대조해 확인해 주세요.
field-start = 시작 날짜
field-start-hint = YYYY, YYYY-MM 또는 YYYY-MM-DD
field-circa = 대략적인 날짜(예: 1910년경)
field-end = 종료 날짜(선택)
field-end-hint = 기간인 경우에 입력하며, 시작 날짜보다 앞설 수 없습니다
field-category = 분야
choose-category = 분야 선택
field-actors = 관련 국가·기구
field-sources = 출처
source-number = 출처 { $number }
field-publisher = 발행처
field-headline = 자료 제목
field-source-date = 날짜(선택)
field-link = 링크(선택)
remove-source = 출처 { $number } 삭제
add-source = 출처 추가
field-positions = 입장(선택)
positions-hint = 사건에 대한 각 측의 입장을 그 측의 말로 적습니다. 발표된 언어로 된 글이 인용문이며, 발표된 원문 그대로 옮겨야 합니다. 나머지 두 언어는 비공식 번역입니다. 출처에는 날짜와 링크가 있어야 합니다.
position-number = 입장 { $number }
field-holder = 입장의 주체
choose-holder = 입장의 주체를 선택하세요
field-quote-lang = 원문 언어
choose-quote-lang = 언어를 선택하세요
field-words = 문구
field-quote-date = 날짜
field-quote-link = 링크
remove-position = 입장 { $number } 삭제
add-position = 입장 추가
field-related = 관련 사건(선택)
field-related-hint = 사건 번호를 쉼표로 구분하여 입력합니다. 번호는 각 사건 주소의 맨 앞에 있습니다(/events/12-…).
too-large-to-send = 크기가 너무 커서 보낼 수 없습니다. 현재 { $size }KB이며 서버는 { $limit }KB까지 받습니다. 가장 긴 글을 줄여 주세요(한국어와 일본어 문자는 전송할 때 한 글자당 9바이트를 차지합니다).
retire = 게시 중단
restore = 다시 게시
save-conflict = 편집하는 동안 다른 사람이 사건 { $id }을(를) 저장하여 변경 내용이 저장되지 않았습니다. 편집하신 내용은 아래에 있습니다. 새 탭에서 사건을 열어 비교한 뒤 다시 저장하면 다른 사람의 내용이 편집하신 내용으로 바뀝니다.

## What is wrong with a field

problem-required = 필수 항목입니다.
problem-too-long = { $max }자 이내로 입력해 주세요.
problem-hidden-character = 보이지 않는 문자(제어 문자나 글의 방향을 뒤집는 기호)가 들어 있습니다. 그 문자 없이 다시 입력해 주세요.
problem-no-start = 시작 날짜를 입력해 주세요.
problem-date-format = 날짜를 YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 입력해 주세요.
problem-date-year = 연도는 { $min }년에서 { $max }년 사이여야 합니다.
problem-date-month = 월은 01에서 12 사이여야 합니다.
problem-date-day = 해당 월에 없는 날짜입니다.
problem-end-before-start = 종료 날짜는 시작 날짜보다 앞설 수 없습니다.
problem-no-category = 분야를 선택해 주세요.
problem-unknown-actor = “{ $value }”은(는) 관련 국가·기구 목록에 없습니다.
problem-no-actor = 관련 국가·기구를 하나 이상 선택해 주세요.
problem-too-many-sources = 출처는 최대 { $max }건까지 입력할 수 있습니다.
problem-no-source = 출처를 하나 이상 입력해 주세요.
problem-too-many-positions = 입장은 최대 { $max }개까지입니다.
problem-no-holder = 누구의 입장인지 선택해 주세요.
problem-no-quote-language = 원문이 발표된 언어를 선택해 주세요.
problem-translation-is-quote = 원문을 그대로 되풀이하고 있습니다. 번역을 적어 주세요.
problem-url-scheme = 링크는 http:// 또는 https://로 시작해야 합니다.
problem-url-invalid = 올바른 웹 주소가 아닙니다.
problem-not-event-number = “{ $value }”은(는) 사건 번호가 아닙니다.
problem-too-many-related = 관련 사건은 최대 { $max }건까지 입력할 수 있습니다.
problem-correction-without-note = 정정에는 무엇을 바로잡았는지 밝히는 독자 메모가 필요합니다.
problem-unknown-related = 사건 { $id }이(가) 없어 관련 사건으로 지정할 수 없습니다.

## 사건 양식의 부분과 관련 사건 선택기
form-part-dates = 날짜와 분류
form-part-related = 관련 사건
related-chosen = 선택한 관련 사건
related-event-number = 사건 { $id }
related-remove = { $title } 삭제
related-search = 관련 사건 찾기
related-search-hint = 어느 언어로든 제목의 낱말을 입력하세요. 위의 번호 칸은 자동으로 채워집니다.
related-add = 추가:
related-added = { $title }을(를) 추가했습니다.
related-found = { $count ->
    [0] 일치하는 사건이 없습니다.
   *[other] 일치하는 사건이 { $count }건 있습니다.
}
related-search-failed = 검색에 연결할 수 없습니다. 위 칸에 사건 번호를 직접 입력하세요.

## Notes to readers and revisions

field-note = 독자에게 남기는 메모
field-note-hint = 선택 사항입니다. 이 수정과 함께 사건의 공개 수정 기록에 표시됩니다(예: “원고 수 정정(출처: …)”). 한 줄, 최대 500자.
field-correction = 이 수정은 오류를 바로잡는 것입니다
admin-revisions-title = 관리: 수정 기록
admin-revisions-heading = “{ $title }”의 판
admin-revisions-link = 이 사건의 판 목록
admin-edit-event = 이 사건 편집하기
column-revision = 판
revision-no-editor = (초기 데이터 또는 판 기록 이전)
restore-revision = 되돌리기
restore-revision-number = 제{ $number }판으로 되돌리기
restore-invalid = 제{ $number }판은 현재의 사건 작성 규칙에 맞지 않아({ $count }건의 문제) 되돌리지 않았습니다. 사건을 직접 편집해 주세요.
restore-conflict = 판 목록을 보는 사이에 다른 사람이 사건 { $id }을(를) 저장해서 아무것도 되돌리지 않았습니다. 아래 목록은 최신 상태입니다. 여전히 원하시면 다시 되돌려 주세요.
restore-unknown-related = 제{ $number }판은 존재하지 않는 사건 { $id }과(와) 연결되어 있어 되돌리지 않았습니다.
## 파일에서 사건 가져오기

admin-import = 가져오기
admin-import-title = 관리: 가져오기
import-lede = 파일 하나로 여러 사건을 한꺼번에 추가하거나 수정합니다. 연표의 CSV 내려받기와 같은 열로 된 CSV 파일(id와 내려받을 때의 버전이 있는 행은 그 사건을 수정하고, id가 없는 행은 사건을 추가합니다) 또는 TimelineJS3 JSON 파일(슬라이드마다 영어로 사건 하나를 추가합니다)을 받습니다. 모든 행은 사건 양식의 규칙으로 검사되며, 저장하기 전에 결과를 보여 드립니다.
import-limits = 파일은 UTF-8이어야 하며, 최대 { $megabytes }MB, { $count }행까지 받습니다.
import-file = 파일(CSV 또는 JSON)
import-preview = 파일 검사
import-reading = 파일을 읽는 중…
import-checking = 파일을 검사하는 중…
import-no-file = 가져올 파일을 선택하세요.
import-empty = 파일이 비어 있습니다.
import-not-utf8-as = 파일이 UTF-8이 아닙니다. { $encoding }(으)로 보입니다. “CSV UTF-8”로 저장한 뒤(Excel: 다른 이름으로 저장 → CSV UTF-8) 다시 선택하세요. 아무것도 가져오지 않았습니다.
import-not-utf8 = 파일이 UTF-8 텍스트가 아닙니다. 아무것도 가져오지 않았습니다.
import-unreadable = 파일을 CSV로도 TimelineJS JSON으로도 읽을 수 없습니다: { $reason }. 아무것도 가져오지 않았습니다.
import-missing-columns = 파일에 CSV 내려받기의 다음 열이 없습니다: { $columns }. 아무것도 가져오지 않았습니다.
import-unknown-columns = 파일에 CSV 내려받기에 없는 열이 있습니다: { $columns }. 내려받은 파일에서 시작하세요. 아무것도 가져오지 않았습니다.
import-no-rows = 파일에 사건이 없습니다.
import-too-many-rows = 파일이 { $count }행을 넘습니다. 더 작은 파일로 나누세요.
import-preview-title = { $file } 가져오기
import-counts = 추가 { $count }건, 수정 { $updated }건, 거부 { $refused }건.
import-confirm = 사건 { $count }건 가져오기
import-cannot-confirm = 거부된 행이 있는 동안에는 아무것도 가져올 수 없습니다. 파일에서 그 행들을 고친 뒤 다시 선택하세요.
import-again = 파일 선택
import-done = 가져왔습니다: 추가 { $count }건, 수정 { $updated }건.
import-gone = 이 가져오기는 만료되었거나 이미 가져왔습니다.
import-forged = 이 확인은 가져오기 페이지에서 온 것이 아니므로 아무것도 가져오지 않았습니다.
import-refused-now = 검사 뒤에 사건이 바뀌어 이제 { $count }개 행이 거부되므로 아무것도 가져오지 않았습니다. 아래에서 행들을 다시 검사했습니다.
import-conflict = 그사이 다른 사람이 사건 { $id }을(를) 저장했으므로 아무것도 가져오지 않았습니다. 아래에서 행들을 다시 검사했습니다.
import-taken = 그사이 다른 사람이 사건 { $id }을(를) 추가했으므로 아무것도 가져오지 않았습니다. 아래에서 행들을 다시 검사했습니다.
import-unknown-related = 관련지을 사건 { $id }이(가) 더는 없으므로 아무것도 가져오지 않았습니다.
column-row = 행
column-outcome = 처리
import-line = { $line }번째 줄
import-slide = { $slide }번째 슬라이드
import-create = 새 사건으로 추가
import-create-as = 사건 { $id }(으)로 추가
import-update = 사건 { $id } 수정(버전 { $version }에서 내려받음)
import-refused = 거부
import-not-json = 읽을 수 있는 JSON이 아닙니다: { $value }
import-not-version = “{ $value }”은(는) 버전 번호가 아닙니다.
import-not-flag = “{ $value }”은(는) 1, 0 또는 빈칸이 아닙니다.
import-no-version = 이미 있는 사건입니다. 다른 사람의 수정을 덮어쓰지 않도록 내려받을 때의 버전을 적으세요.
import-stale = 내려받은 뒤 사건이 바뀌었습니다(버전 { $exported }에서 내려받음, 지금은 { $current }). 다시 내려받아 그 파일에서 고치세요.
import-repeated-id = 사건 { $id }은(는) 앞의 행에 이미 있습니다.
import-exists = 사건 { $id }이(가) 이미 있습니다. TimelineJS 파일은 사건을 추가만 합니다(한 언어만 담고 입장은 담지 않습니다). CSV 파일로 수정하세요.

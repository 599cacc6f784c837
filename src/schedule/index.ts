export {
  dueAt,
  isTimeZone,
  isWeekKey,
  nextPostAt,
  previousWeekKey,
  weekKeyOf,
  type WeeklySchedule,
} from './week';

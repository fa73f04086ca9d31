import { Migration } from '@mikro-orm/migrations';

export class Migration20261123113408_instrument_type extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "complaints"."complaint" add column "instrument_type" text check ("instrument_type" in ('NON_AUTOMATIC_SCALE', 'RICE_MOISTURE_METER', 'CASSAVA_STARCH_SCALE', 'CORN_MOISTURE_METER', 'VEHICLE_SCALE', 'FUEL_DISPENSER', 'FUEL_PREPAY_DISPENSER', 'DIRECT_MASS_METER', 'LPG_DISPENSER', 'CNG_DISPENSER', 'AUTOMATIC_TANK_GAUGE')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaints"."complaint" drop column "instrument_type";`);
  }

}

package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.TaskSpec;

/** Configures a Deep Graph Infomax task ({@link TaskSpec.DgiSpec}). */
public final class DgiBuilder extends TaskBuilder<DgiBuilder> {
  DgiBuilder(TaskSpec.DgiSpec start) {
    super(start);
  }

  @Override
  DgiBuilder self() {
    return this;
  }

  TaskSpec.DgiSpec build() {
    return new TaskSpec.DgiSpec(getNodeSet(), getFeature(), getProjectorUnits(), getSeed(),
        getCorruptor(), getCleanView(), getReadout());
  }
}
